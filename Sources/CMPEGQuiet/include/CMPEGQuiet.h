#ifndef LOA_CMPEGQUIET_H
#define LOA_CMPEGQUIET_H

/// Returns 1. Calling it from Swift keeps this object, and with it the quiet mpg123_new, in the binary.
int loa_mpg123_quiet(void);

#endif
