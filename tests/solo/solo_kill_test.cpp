// Kills a headless solo session with SIGKILL at random moments while it types,
// and checks what a power cut or a killed process must leave behind: a day
// file that reads back cleanly, holding every character that was on screen
// more than a second before the kill.
//
//   solo_kill_test HEARTH DECK RUNS SEED
//
// Each run types a seeded mix of Latin, Cyrillic, CJK, emoji, Markdown-looking
// text and new lines with short real sleeps in between. Hearth reports each
// text it has shown as `solo: shown BYTES` on stdout (the script's first step
// is `report shown`); the test timestamps
// those lines as they arrive (so it never credits Hearth with showing text
// earlier than it did).
#include "game/base/atomic_file.hpp"
#include "game/journal/journal_format.hpp"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <poll.h>
#include <random>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Shown {
    Clock::time_point at;
    std::size_t bytes = 0;
};

// The typed pieces; `type` takes one line and trims it, so a piece has no
// space at its ends and new lines are `key Return`.
const std::vector<std::string> pieces{"Hello, world.",
                                      "# not a heading",
                                      "---",
                                      "<!-- hearth-end id=\"x\" -->",
                                      "мир и дружба",
                                      "日本語",
                                      "👩‍👧",
                                      "e\xCC\x81",
                                      "\\",
                                      "\n",
                                      "\n",
                                      "word",
                                      "and so on"};

// Writes the script and returns the text it types, in order.
std::string write_script(const fs::path& file, std::mt19937& rng, int steps) {
    std::ofstream out(file);
    out << "report shown\n";
    std::string typed;
    for (int i = 0; i < steps; ++i) {
        const std::string& p = pieces[rng() % pieces.size()];
        if (p == "\n")
            out << "key Return\n";
        else
            out << "type " << p << "\n";
        typed += p;
        out << "sleep 0.0" << 1 + rng() % 5 << "\n";
    }
    return typed;
}

// Spawns HEARTH with stdout on a pipe; returns the pid and the pipe's read end.
std::pair<pid_t, int> spawn(const std::vector<std::string>& args, const fs::path& data_home) {
    int fds[2];
    if (::pipe(fds) != 0) {
        std::perror("pipe");
        std::exit(2);
    }
    pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(fds[1], 1);
        ::close(fds[0]);
        ::close(fds[1]);
        ::setenv("XDG_DATA_HOME", data_home.c_str(), 1);
        ::setenv("SDL_VIDEODRIVER", "dummy", 1);
        ::setenv("SDL_AUDIODRIVER", "dummy", 1);
        std::vector<char*> argv;
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(argv[0], argv.data());
        std::perror("execv");
        ::_exit(127);
    }
    ::close(fds[1]);
    return {pid, fds[0]};
}

// Reads `solo: shown N` lines until `deadline`, timestamping each.
void read_until(int fd, Clock::time_point deadline, std::string& pending,
                std::vector<Shown>& shown) {
    while (true) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0)
            continue;
        char buf[4096];
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            return; // Hearth ended by itself
        auto now = Clock::now();
        pending.append(buf, static_cast<std::size_t>(n));
        for (std::size_t nl; (nl = pending.find('\n')) != std::string::npos;) {
            std::string line = pending.substr(0, nl);
            pending.erase(0, nl + 1);
            if (line.rfind("solo: shown ", 0) == 0)
                shown.push_back({now, std::stoul(line.substr(12))});
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::cerr << "usage: solo_kill_test HEARTH DECK RUNS SEED\n";
        return 2;
    }
    std::string hearth = argv[1], deck = argv[2];
    int runs = std::atoi(argv[3]);
    unsigned seed = static_cast<unsigned>(std::strtoul(argv[4], nullptr, 10));
    int failures = 0;
    std::size_t checked_bytes = 0;
    for (int run = 0; run < runs; ++run) {
        std::mt19937 rng(seed + static_cast<unsigned>(run));
        fs::path tmp =
            fs::temp_directory_path() /
            ("hearth-solo-kill-" + std::to_string(::getpid()) + "-" + std::to_string(run));
        fs::remove_all(tmp);
        fs::create_directories(tmp / "data");
        std::string typed = write_script(tmp / "script.txt", rng, 400);
        int kill_ms = 300 + static_cast<int>(rng() % 2700);

        auto [pid, fd] = spawn({hearth, "--headless", "--solo", "--deck", deck, "--script",
                                (tmp / "script.txt").string(), "--out", (tmp / "out").string(),
                                "--size", "800x600"},
                               tmp / "data");
        auto start = Clock::now();
        std::string pending;
        std::vector<Shown> shown;
        read_until(fd, start + std::chrono::milliseconds(kill_ms), pending, shown);
        ::kill(pid, SIGKILL);
        auto killed_at = Clock::now();
        int status = 0;
        ::waitpid(pid, &status, 0);
        ::close(fd);

        // What was on screen more than a second before the kill.
        std::size_t must_have = 0;
        for (const auto& s : shown)
            if (s.at + std::chrono::seconds(1) <= killed_at)
                must_have = std::max(must_have, s.bytes);

        std::string problem;
        std::vector<std::string> texts;
        fs::path journal = tmp / "data/hearth/journal";
        if (fs::exists(journal)) {
            for (const auto& e : fs::directory_iterator(journal)) {
                std::string name = e.path().filename().string();
                if (name[0] == '.')
                    continue; // a temporary file a killed write left behind
                auto bytes = hearth::read_file(e.path());
                auto day = hearth::parse_day(bytes.value_or(""), name);
                for (const auto& d : day.diagnostics.all())
                    problem += d.str() + "\n";
                for (const auto& s : day.entries)
                    texts.push_back(s.entry.text);
            }
        }
        std::string on_disk = texts.empty() ? std::string() : texts.back();
        if (texts.size() > 1)
            problem += "more than one entry\n";
        if (typed.compare(0, on_disk.size(), on_disk) != 0)
            problem += "the entry is not what was typed: '" + on_disk + "'\n";
        if (on_disk.size() < must_have)
            problem += "lost text: " + std::to_string(must_have) + " bytes shown, " +
                       std::to_string(on_disk.size()) + " on disk\n";
        if (WIFEXITED(status))
            problem += "Hearth exited by itself with " + std::to_string(WEXITSTATUS(status)) +
                       " before the kill\n";
        std::cout << "run " << run << ": killed at " << kill_ms << " ms, " << shown.size()
                  << " reports, " << must_have << " bytes due, " << on_disk.size() << " on disk"
                  << (problem.empty() ? "" : " FAILED") << "\n"
                  << problem;
        checked_bytes += must_have;
        if (!problem.empty())
            ++failures;
        else
            fs::remove_all(tmp);
    }
    if (checked_bytes == 0) {
        std::cout << "no run had text due on disk: the test checked nothing\n";
        return 1;
    }
    std::cout << failures << " of " << runs << " runs failed\n";
    return failures == 0 ? 0 : 1;
}
