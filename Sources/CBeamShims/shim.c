// Wrappers whose declarations need feature macros the header must not set for Swift.
#define _GNU_SOURCE
#include <fcntl.h>
#include <unistd.h>
#include "CBeamShims.h"

int beamr_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }
