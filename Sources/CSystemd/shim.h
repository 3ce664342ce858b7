#include <systemd/sd-daemon.h>

// libsystemd is loaded with dlopen when the daemon first notifies, not linked (LibSystemd.swift says
// why); these give the pointers dlsym returns the types of libsystemd's own declarations.
typedef __typeof__(sd_notify) *loa_sd_notify_function;
typedef __typeof__(sd_watchdog_enabled) *loa_sd_watchdog_enabled_function;
