// libsndfile decodes MP3 through libmpg123, and creates its decoder handle without MPG123_QUIET
// (src/mpeg_decode.c in libsndfile 1.1–1.2 sets FORCE_FLOAT, GAPLESS and NO_FRANKENSTEIN only), so
// mpg123 writes "Note: Illegal Audio-MPEG-Header … Trying to resync…" to the process's stderr, which is
// the daemon's journal, for every damaged or non-MP3 file. Neither library offers another way to set the
// flag. This definition of mpg123_new, in the executable, is the one libsndfile's calls bind to (ELF
// symbol interposition); it creates the handle with the real function and adds MPG123_QUIET. What is
// wrong with a file still reaches the operator: through libsndfile's error and loa's own reason.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <mpg123.h>
#include "CMPEGQuiet.h"

typedef mpg123_handle *(*loa_mpg123_new_fn)(const char *, int *);

mpg123_handle *mpg123_new(const char *decoder, int *error) {
    static loa_mpg123_new_fn real;
    if (real == NULL) real = (loa_mpg123_new_fn)dlsym(RTLD_NEXT, "mpg123_new");
    if (real == NULL) {
        if (error != NULL) *error = MPG123_ERR;
        return NULL;
    }
    mpg123_handle *handle = real(decoder, error);
    if (handle != NULL) mpg123_param(handle, MPG123_ADD_FLAGS, MPG123_QUIET, 0);
    return handle;
}

int loa_mpg123_quiet(void) { return 1; }
