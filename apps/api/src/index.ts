export { AppModule } from './app.module.js';
export { configureApp } from './configure-app.js';
