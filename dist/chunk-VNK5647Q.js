import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  drain,
  scanInWorkers,
  workOrder,
  workersAvailable
} from "./chunk-SYYEXVW5.js";
import "./chunk-64APDRZF.js";
import "./chunk-7BOAENXZ.js";
export {
  drain,
  scanInWorkers,
  workOrder,
  workersAvailable
};
