// Small C helpers for things Swift cannot express directly on raw memory.
// Keep this file free of logic: one-line wrappers only.
#ifndef CBEAMSHIMS_H
#define CBEAMSHIMS_H

#include <stdint.h>

/// Atomically adds `delta` to `*word` and returns the previous value (acquire-release).
static inline int64_t beamr_atomic_add(int64_t *word, int64_t delta) {
    return __atomic_fetch_add(word, delta, __ATOMIC_ACQ_REL);
}

/// Atomically loads `*word` (acquire).
static inline int64_t beamr_atomic_load(const int64_t *word) {
    return __atomic_load_n(word, __ATOMIC_ACQUIRE);
}

/// Atomically stores `value` into `*word` (release).
static inline void beamr_atomic_store(int64_t *word, int64_t value) {
    __atomic_store_n(word, value, __ATOMIC_RELEASE);
}

/// Compare-and-swap on a 64-bit word; returns 1 when `*word` was `expected` and is now `desired`.
static inline int beamr_atomic_cas(int64_t *word, int64_t expected, int64_t desired) {
    return __atomic_compare_exchange_n(word, &expected, desired, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}


#include <sys/epoll.h>
#include <sys/eventfd.h>

/// EPOLLIN | EPOLLONESHOT, which Swift cannot import as constants.
static inline uint32_t beamr_epoll_in_oneshot(void) { return EPOLLIN | EPOLLONESHOT; }
static inline uint32_t beamr_epoll_in(void) { return EPOLLIN; }
static inline int beamr_eventfd_flags(void) { return EFD_CLOEXEC | EFD_NONBLOCK; }

/// pipe2(fds, O_CLOEXEC), declared only under _GNU_SOURCE.
int beamr_pipe_cloexec(int fds[2]);

#endif
