#ifndef LOA_CALSA_SHIM_H
#define LOA_CALSA_SHIM_H

#include <alsa/asoundlib.h>
#include <stdarg.h>
#include <stdio.h>

/* ALSA reports its own errors through a variadic printf-style handler, which it prints to stderr by
   default. Swift cannot define a C variadic function, so this shim formats the message here and hands
   the finished text to a plain C function pointer that Swift provides. */

typedef void (*loa_alsa_log_sink)(const char *file, int line, const char *function, int err, const char *message);

static loa_alsa_log_sink loa_alsa_current_sink = NULL;

static inline void loa_alsa_error_handler(const char *file, int line, const char *function, int err, const char *fmt, ...) {
    char message[1024];
    va_list args;
    va_start(args, fmt);
    vsnprintf(message, sizeof message, fmt, args);
    va_end(args);
    loa_alsa_log_sink sink = loa_alsa_current_sink;
    if (sink != NULL) sink(file, line, function, err, message);
}

/* Sets the sink and the handler together, so both always refer to the same copy of the static
   variable whichever Swift file calls this. NULL restores ALSA's default (stderr). */
static inline int loa_alsa_route_errors(loa_alsa_log_sink sink) {
    loa_alsa_current_sink = sink;
    return snd_lib_error_set_handler(sink != NULL ? loa_alsa_error_handler : NULL);
}

#endif
