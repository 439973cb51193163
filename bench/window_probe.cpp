// Start-up probe for a real window: launches a program on an X display
// (Xvfb) and watches its top-level windows with XDamage.
//
//   window_probe [--settle MS] [--verbose] -- program args...
//
// Prints one line: `map_ms=… first_paint_ms=… last_paint_ms=… rss_kb=…`,
// times from the launch (just before fork). map_ms is when the program's
// first top-level window is mapped; last_paint_ms is the last damage to any
// of its windows within MS (default 2000) of that mapping; rss_kb is the RSS
// of the program and all its descendants at that moment. Then the program is
// killed. The display must be otherwise empty: every window mapped on it is
// counted as the program's. --verbose prints every mapping and damage event
// to stderr as it comes.
#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fstream>
#include <map>
#include <poll.h>
#include <set>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms_between(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
}

// Parent of every process, from /proc/PID/stat.
std::map<pid_t, pid_t> parents() {
    std::map<pid_t, pid_t> out;
    DIR* d = opendir("/proc");
    if (!d)
        return out;
    while (dirent* e = readdir(d)) {
        pid_t pid = std::atoi(e->d_name);
        if (pid <= 0)
            continue;
        std::ifstream in("/proc/" + std::string(e->d_name) + "/stat");
        std::string stat;
        std::getline(in, stat);
        // The command name is in parentheses and may hold spaces.
        std::size_t close = stat.rfind(')');
        if (close == std::string::npos)
            continue;
        char state = 0;
        int ppid = 0;
        if (std::sscanf(stat.c_str() + close + 1, " %c %d", &state, &ppid) == 2)
            out[pid] = ppid;
    }
    closedir(d);
    return out;
}

long rss_kb(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::atol(line.c_str() + 6);
    return 0;
}

// RSS of `root` and all its descendants.
long tree_rss_kb(pid_t root) {
    std::map<pid_t, pid_t> up = parents();
    std::set<pid_t> tree{root};
    for (bool grew = true; grew;) {
        grew = false;
        for (auto [pid, ppid] : up)
            if (tree.count(ppid) && tree.insert(pid).second)
                grew = true;
    }
    long sum = 0;
    for (pid_t p : tree)
        sum += rss_kb(p);
    return sum;
}

} // namespace

int main(int argc, char** argv) {
    int settle_ms = 2000;
    bool verbose = false;
    int i = 1;
    for (; i < argc; ++i) {
        if (std::strcmp(argv[i], "--settle") == 0 && i + 1 < argc)
            settle_ms = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--verbose") == 0)
            verbose = true;
        else if (std::strcmp(argv[i], "--") == 0) {
            ++i;
            break;
        } else
            break;
    }
    if (i >= argc) {
        std::fprintf(stderr, "usage: window_probe [--settle MS] [--verbose] -- program args...\n");
        return 2;
    }
    Display* dpy = XOpenDisplay(nullptr);
    if (!dpy) {
        std::fprintf(stderr, "window_probe: cannot open the display\n");
        return 1;
    }
    int damage_event = 0, damage_error = 0;
    if (!XDamageQueryExtension(dpy, &damage_event, &damage_error)) {
        std::fprintf(stderr, "window_probe: the display has no DAMAGE extension\n");
        return 1;
    }
    Window root = DefaultRootWindow(dpy);
    XSelectInput(dpy, root, SubstructureNotifyMask);
    XSync(dpy, False);

    const Clock::time_point launch = Clock::now();
    pid_t child = fork();
    if (child == 0) {
        setpgid(0, 0);
        execvp(argv[i], argv + i);
        std::perror("window_probe: exec");
        _exit(127);
    }
    setpgid(child, child);

    std::set<Window> watched;
    bool mapped = false;
    Clock::time_point map_at{}, first_paint{}, last_paint{};
    bool painted = false;
    const int fd = ConnectionNumber(dpy);
    const auto deadline_without_map = launch + std::chrono::seconds(20);
    for (;;) {
        Clock::time_point now = Clock::now();
        Clock::time_point until =
            mapped ? map_at + std::chrono::milliseconds(settle_ms) : deadline_without_map;
        if (now >= until)
            break;
        if (!XPending(dpy)) {
            pollfd p{fd, POLLIN, 0};
            int wait =
                int(std::chrono::duration_cast<std::chrono::milliseconds>(until - now).count()) + 1;
            poll(&p, 1, wait);
            if (!XPending(dpy))
                continue;
        }
        XEvent ev;
        XNextEvent(dpy, &ev);
        now = Clock::now();
        if (ev.type == MapNotify && ev.xmap.event == root && !ev.xmap.override_redirect) {
            if (watched.insert(ev.xmap.window).second) {
                XDamageCreate(dpy, ev.xmap.window, XDamageReportNonEmpty);
                if (!mapped) {
                    mapped = true;
                    map_at = now;
                }
                if (verbose)
                    std::fprintf(stderr, "%8.1f ms  map 0x%lx\n", ms_between(launch, now),
                                 ev.xmap.window);
            }
        } else if (ev.type == damage_event + XDamageNotify) {
            auto* d = reinterpret_cast<XDamageNotifyEvent*>(&ev);
            XDamageSubtract(dpy, d->damage, None, None);
            if (verbose)
                std::fprintf(stderr, "%8.1f ms  damage %dx%d at %d,%d\n", ms_between(launch, now),
                             d->area.width, d->area.height, d->area.x, d->area.y);
            if (!painted)
                first_paint = now;
            painted = true;
            last_paint = now;
        }
    }
    long rss = tree_rss_kb(child);
    kill(-child, SIGTERM);
    usleep(100000);
    kill(-child, SIGKILL);
    waitpid(child, nullptr, 0);
    if (!mapped) {
        std::fprintf(stderr, "window_probe: no window was mapped within 20 s\n");
        return 1;
    }
    std::printf("map_ms=%.1f first_paint_ms=%.1f last_paint_ms=%.1f rss_kb=%ld\n",
                ms_between(launch, map_at), painted ? ms_between(launch, first_paint) : -1.0,
                painted ? ms_between(launch, last_paint) : -1.0, rss);
    XCloseDisplay(dpy);
    return 0;
}
