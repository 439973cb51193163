// Recording benchmark: bytes the session recorder writes per action (save
// plus log, measured by the recorder and checked against the files' sizes)
// for a 5-action and a 500-action session on the bundled deck. Append-only
// recording keeps them the same, however long the session. Prints one line
// per figure, medians over the session's actions; see docs/performance.md.
#include "engine/session_recorder.hpp"
#include "game/deck/deck_loader.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <unistd.h>
#include <vector>

namespace {

using namespace hearth;
namespace fs = std::filesystem;

struct Figures {
    std::uint64_t save = 0, log = 0; // medians, bytes per action
    std::uint64_t save_file = 0, log_file = 0;
};

std::uint64_t median(std::vector<std::uint64_t> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Plays `n` accepted actions (turns with the clock running, undo and redo)
// and records each one, waiting for its write before the next.
Figures measure(const Deck& deck, int n, const fs::path& dir) {
    std::vector<std::uint64_t> save, log;
    Figures f;
    {
        SessionRecorder rec(dir / "s.save", dir / "s.jsonl");
        Session s = std::get<Session>(start_session(deck, "circle", 4, 42));
        rec.record(s);
        rec.flush();
        const Action cycle[] = {act::Next{}, act::Tick{1000}, act::Next{}, act::Back{},
                                act::Redo{}, act::Tick{1000}, act::Pass{}, act::Next{}};
        for (int i = 0, k = 0; i < n && k < 100 * n; ++k) {
            if (apply_in_place(deck, s, cycle[k % 8]))
                continue;
            const std::uint64_t s0 = rec.save_bytes(), l0 = rec.log_bytes();
            rec.record(s);
            rec.flush();
            save.push_back(rec.save_bytes() - s0);
            log.push_back(rec.log_bytes() - l0);
            ++i;
        }
        if (rec.take_failures().save.size() || static_cast<int>(save.size()) != n)
            std::fprintf(stderr, "bench_record: the session did not record %d actions\n", n);
    }
    f.save = median(save);
    f.log = median(log);
    f.save_file = fs::file_size(dir / "s.save");
    f.log_file = fs::file_size(dir / "s.jsonl");
    fs::remove(dir / "s.save");
    fs::remove(dir / "s.jsonl");
    return f;
}

} // namespace

int main(int argc, char** argv) {
    fs::path deck_path = argc > 1 ? argv[1] : "decks/microsolidarity";
    LoadResult r = load_deck(deck_path);
    if (!r.ok()) {
        std::fprintf(stderr, "bench_record: cannot load %s\n", deck_path.c_str());
        return 1;
    }
    fs::path dir = fs::temp_directory_path() / ("hearth-bench-record-" + std::to_string(getpid()));
    fs::create_directories(dir);
    for (int n : {5, 500}) {
        Figures f = measure(*r.deck, n, dir);
        std::printf("record: %3d-action session: %4llu bytes/action to the save, %4llu to the log "
                    "(medians); files %llu and %llu bytes\n",
                    n, static_cast<unsigned long long>(f.save),
                    static_cast<unsigned long long>(f.log),
                    static_cast<unsigned long long>(f.save_file),
                    static_cast<unsigned long long>(f.log_file));
    }
    fs::remove_all(dir);
    return 0;
}
