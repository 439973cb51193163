// A one-line progress bar on stderr, drawn only when stderr is a terminal,
// so logs and pipes stay clean.
#pragma once

#include <string_view>

namespace hearth::tools {

class Progress {
public:
    Progress(std::string_view what, int total);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    // Shows that `done` of the total are done, the last being `item`.
    void update(int done, std::string_view item);
    // Prints `line` on stderr above the bar.
    void note(std::string_view line);
    // Clears the bar, before the summary is printed.
    void finish();

private:
    std::string_view what_;
    int total_;
    bool shown_;
};

} // namespace hearth::tools
