#include "CLoaStamp.h"

// SwiftPM cannot pass a value from the build's environment into the code, so the version and commit are
// written AFTER the build: scripts/stamp-version replaces this section of the linked binary with
// `objcopy --update-section .loa_stamp=FILE` (same size). A plain `swift build` needs no git and leaves it
// empty, which BuildInfo reads as "unknown commit". Only the address leaves this file, so no compiler
// can fold the empty contents into its callers. Written by hand: no library stamps an ELF binary.
__attribute__((used, section(".loa_stamp"), aligned(1)))
static const char stamp[LOA_STAMP_SIZE_BYTES] = {0};

const char *loa_build_stamp(void) { return stamp; }
