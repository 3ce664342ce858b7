// Linux headers that Swift's Glibc module leaves out: the scheduler's timer and wake-up, folder watching,
// the daemon's signals read from a file descriptor, and malloc_trim (glibc's malloc.h), which gives the
// heap's free pages back.
#include <sys/timerfd.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <malloc.h>
