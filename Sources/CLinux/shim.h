// Linux headers that Swift's Glibc module leaves out: the scheduler's timer and wake-up, and folder watching.
#include <sys/timerfd.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
