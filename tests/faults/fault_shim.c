/* An LD_PRELOAD shim that makes file writes under one folder fail, as a full
 * disk, a folder without write permission or a read-only file system fail:
 * the fault-injection tests run Hearth through it (CI runs as root, where
 * permission bits do not bind, and mounting a small or read-only file system
 * may be refused).
 *
 *   HEARTH_FAULT_DIR=/abs/folder   only paths and files under it fail
 *   HEARTH_FAULT=ENOSPC            write()/pwrite() to a file there fail
 *   HEARTH_FAULT=EACCES | EROFS    opening a file there for writing, creating,
 *                                  renaming, removing and making folders fail
 *
 * Anything else (reading, other folders) goes through untouched. Under
 * AddressSanitizer, set ASAN_OPTIONS=verify_asan_link_order=0. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static int fault_errno(void) {
    const char* f = getenv("HEARTH_FAULT");
    if (!f)
        return 0;
    if (strcmp(f, "ENOSPC") == 0)
        return ENOSPC;
    if (strcmp(f, "EACCES") == 0)
        return EACCES;
    if (strcmp(f, "EROFS") == 0)
        return EROFS;
    return 0;
}

/* Whether `path` (absolute, or relative to the working folder) lies under
 * HEARTH_FAULT_DIR. */
static int under_fault_dir(const char* path) {
    const char* dir = getenv("HEARTH_FAULT_DIR");
    if (!dir || !*dir || !path)
        return 0;
    char full[PATH_MAX];
    if (path[0] == '/') {
        snprintf(full, sizeof full, "%s", path);
    } else {
        char cwd[PATH_MAX];
        if (!getcwd(cwd, sizeof cwd))
            return 0;
        snprintf(full, sizeof full, "%s/%s", cwd, path);
    }
    size_t n = strlen(dir);
    return strncmp(full, dir, n) == 0 && (full[n] == '/' || full[n] == '\0');
}

static int fd_under_fault_dir(int fd) {
    char link[64], target[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return 0;
    target[n] = '\0';
    return under_fault_dir(target);
}

/* The permission faults: a change to the folder's contents. */
static int refuse_change(const char* path) {
    int e = fault_errno();
    if ((e == EACCES || e == EROFS) && under_fault_dir(path)) {
        errno = e;
        return 1;
    }
    return 0;
}

static int refuse_open(const char* path, int flags) {
    if ((flags & O_ACCMODE) == O_RDONLY && !(flags & O_CREAT))
        return 0;
    return refuse_change(path);
}

#define NEXT(type, name, args) ((type(*) args)dlsym(RTLD_NEXT, name))

int open(const char* path, int flags, ...) {
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list ap;
        va_start(ap, flags);
        mode = va_arg(ap, mode_t);
        va_end(ap);
    }
    if (refuse_open(path, flags))
        return -1;
    return NEXT(int, "open", (const char*, int, ...))(path, flags, mode);
}

int open64(const char* path, int flags, ...) {
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list ap;
        va_start(ap, flags);
        mode = va_arg(ap, mode_t);
        va_end(ap);
    }
    if (refuse_open(path, flags))
        return -1;
    return NEXT(int, "open64", (const char*, int, ...))(path, flags, mode);
}

ssize_t write(int fd, const void* buf, size_t count) {
    if (fault_errno() == ENOSPC && count > 0 && fd_under_fault_dir(fd)) {
        errno = ENOSPC;
        return -1;
    }
    return NEXT(ssize_t, "write", (int, const void*, size_t))(fd, buf, count);
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t off) {
    if (fault_errno() == ENOSPC && count > 0 && fd_under_fault_dir(fd)) {
        errno = ENOSPC;
        return -1;
    }
    return NEXT(ssize_t, "pwrite", (int, const void*, size_t, off_t))(fd, buf, count, off);
}

int rename(const char* from, const char* to) {
    if (refuse_change(from) || refuse_change(to))
        return -1;
    return NEXT(int, "rename", (const char*, const char*))(from, to);
}

int unlink(const char* path) {
    if (refuse_change(path))
        return -1;
    return NEXT(int, "unlink", (const char*))(path);
}

int mkdir(const char* path, mode_t mode) {
    if (refuse_change(path))
        return -1;
    return NEXT(int, "mkdir", (const char*, mode_t))(path, mode);
}
