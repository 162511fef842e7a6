// Lets Node run the project's TypeScript directly: `node --import ./scripts/devkit/ts-runtime/register.mjs file.ts`.
// Why our own loader: NestJS needs decorator metadata, which esbuild-based runners (tsx) do not emit;
// swc does. See docs/adr/0001-nestjs-12-esm-and-typescript-runtime.md.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
