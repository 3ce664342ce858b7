#ifndef LOA_CLOASTAMP_H
#define LOA_CLOASTAMP_H

/// The section's size: scripts/stamp-version pads the stamp to it.
#define LOA_STAMP_SIZE_BYTES 256

/// The build's stamp: "VERSION\nCOMMIT\n", or an empty string in a binary nobody stamped (a plain
/// `swift build`). scripts/stamp-version writes it into a built binary.
const char *loa_build_stamp(void);

#endif
