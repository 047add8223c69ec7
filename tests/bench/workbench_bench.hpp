// Native time of the workbench's heaviest request set: a sensitivity over every input of a
// 20-segment model, for each of 4 scenarios (issue 12's budget: <= 5 ms native).
#pragma once

void run_workbench_bench();
