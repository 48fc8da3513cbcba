// libFuzzer's driver, exported by the runtime that `-sanitize=fuzzer` links
// (https://llvm.org/docs/LibFuzzer.html#using-libfuzzer-as-a-library).
//
// SwiftPM links every executable with `main` defined as `<Module>_main` (so that tests can link
// executables), and libFuzzer's own `main` is then never used: each harness defines
// `<Module>_main` and hands control to this driver with its test function.
#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));

#endif
