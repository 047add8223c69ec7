// The customer-data commands of the native CLI. Each returns the process's exit status: 0 done,
// 1 problems with the input (printed to stderr as "problem: <field> <code>"), 2 usage errors.
//   clvcalc preview FILE
//   clvcalc summarise FILE [mapping and summary options]   -> CSV on stdout, a report on stderr
//   clvcalc sql DIALECT [source and summary options]        -> the SQL text on stdout
#pragma once

namespace clv::cli {

int run_preview(int argc, char** argv);
int run_summarise(int argc, char** argv);
int run_sql(int argc, char** argv);
// The usage text of the three commands.
const char* data_commands_usage();

}  // namespace clv::cli
