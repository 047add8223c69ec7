// What the engine can be asked, the same on the main thread and in the Worker: each action takes
// the raw module (engine/module.js) and a payload, and returns a result. Engine failures come
// back as problem-shaped responses, so callers handle them like any other answer.
import { summariseFile, fitDataset, predictDataset, validateDataset, predictionsCsv, summaryCsv, heldMemory } from './datasets.js';

// A problem-shaped response for a request the module could not answer.
export function failure(request, code) {
  return { version: 1, calculation: request?.calculation ?? null, ok: false, result: null,
           steps: [], warnings: [], problems: [{ field: '', code }] };
}

// The response text for one request object; never throws.
export function evaluateText(module, request) {
  try {
    return module.evaluate(JSON.stringify(request));
  } catch {
    return JSON.stringify(failure(request, 'internal_error'));
  }
}

// Parses a response text; a text that is not JSON is an internal_error response.
export function parseResponse(text, request) {
  try {
    return JSON.parse(text);
  } catch {
    return failure(request, 'internal_error');
  }
}

export const actions = {
  // -> the response text (the client parses it: a string crosses postMessage cheaply).
  evaluate: (module, request) => evaluateText(module, request),
  version: (module) => module.version(),
  // A big file summarised slice by slice, and the model calls on the summary kept (engine/datasets.js).
  summarise_file: summariseFile,
  fit_dataset: fitDataset,
  predict_dataset: predictDataset,
  validate_dataset: validateDataset,
  predictions_csv: predictionsCsv,
  summary_csv: summaryCsv,
  memory: heldMemory,
};
