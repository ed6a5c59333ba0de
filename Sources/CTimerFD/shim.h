// Glibc's Swift module map leaves out <sys/timerfd.h>; this exposes timerfd_create,
// timerfd_settime and the TFD_* flags to TimerTree's event loop. Declarations only: the
// functions live in libc, so nothing is compiled or linked here.
#include <sys/timerfd.h>
