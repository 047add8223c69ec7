// Native speed of reading and summarising a seeded 1,000,000-row transaction CSV (budget: the
// wasm build reads and summarises at 80 MB/s or more; tests/bench/transaction_wasm_bench.mjs).
#pragma once

void run_transaction_bench();
