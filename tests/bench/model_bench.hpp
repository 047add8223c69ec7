// Native time of the model fits (model_bench.cpp), printed beside issue 13's budgets.
#pragma once

void run_model_bench();
