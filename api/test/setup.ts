// Loaded before every test file: decorators need reflect-metadata's polyfill.
import "reflect-metadata";
