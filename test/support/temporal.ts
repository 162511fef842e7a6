import { randomBytes } from 'node:crypto';

export function testTemporalAddress(): string {
  const address = process.env.CXZY_TEST_TEMPORAL_ADDRESS;
  if (!address) throw new Error('CXZY_TEST_TEMPORAL_ADDRESS is unset: run through the integration Jest project');
  return address;
}

/** A task queue of its own per test, so tests never steal each other's tasks. */
export const uniqueTaskQueue = (prefix: string): string => `${prefix}-${randomBytes(4).toString('hex')}`;
