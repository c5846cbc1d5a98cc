import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  drain,
  scanInWorkers,
  workOrder,
  workersAvailable
} from "./chunk-2HRWGSEO.js";
import "./chunk-AAN5ANWU.js";
import "./chunk-7BOAENXZ.js";
export {
  drain,
  scanInWorkers,
  workOrder,
  workersAvailable
};
