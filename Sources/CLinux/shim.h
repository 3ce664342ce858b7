// Linux headers that Swift's Glibc module leaves out: the scheduler's timer and wake-up, folder watching,
// and the daemon's signals read from a file descriptor.
#include <sys/timerfd.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
