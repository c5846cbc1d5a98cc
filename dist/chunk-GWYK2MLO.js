import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  drain,
  scanInWorkers,
  workOrder,
  workersAvailable
} from "./chunk-FGLY4RBW.js";
import "./chunk-KVQ3AJXE.js";
import "./chunk-7BOAENXZ.js";
export {
  drain,
  scanInWorkers,
  workOrder,
  workersAvailable
};
