#include "tools/progress.hpp"

#include <cstdio>
#include <string>
#include <unistd.h>

namespace hearth::tools {

Progress::Progress(std::string_view what, int total)
    : what_(what), total_(total), shown_(isatty(STDERR_FILENO) == 1 && total > 0) {}

Progress::~Progress() {
    finish();
}

void Progress::finish() {
    if (shown_)
        std::fputs("\r\033[K", stderr);
    shown_ = false;
}

void Progress::update(int done, std::string_view item) {
    if (!shown_)
        return;
    constexpr int kWidth = 30;
    int filled = done * kWidth / total_;
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.append(static_cast<std::size_t>(kWidth - filled), '.');
    std::fprintf(stderr, "\r\033[K%.*s [%s] %d/%d %.*s", int(what_.size()), what_.data(),
                 bar.c_str(), done, total_, int(std::min<std::size_t>(item.size(), 40)),
                 item.data());
    std::fflush(stderr);
}

} // namespace hearth::tools

namespace hearth::tools {

void Progress::note(std::string_view line) {
    std::fprintf(stderr, "%s%.*s\n", shown_ ? "\r\033[K" : "", int(line.size()), line.data());
}

} // namespace hearth::tools
