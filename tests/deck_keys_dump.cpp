// Prints every key and named value the loader accepts, one "section name"
// per line, for the test that holds docs/deck.schema.json to the loader.
#include "game/deck/deck_keys.hpp"

#include <cstdio>

namespace {

template <typename List> void keys(const char* section, const List& list) {
    for (std::string_view k : list)
        std::printf("%s %.*s\n", section, int(k.size()), k.data());
}

template <typename List> void names(const char* section, const List& list) {
    for (const auto& [k, value] : list)
        std::printf("%s %.*s\n", section, int(k.size()), k.data());
}

} // namespace

int main() {
    using namespace hearth::deck_keys;
    keys("top", kTopKeys);
    keys("deck", kDeckKeys);
    keys("type", kTypeKeys);
    keys("card", kCardKeys);
    keys("format", kFormatKeys);
    keys("timers", kTimerKeys);
    keys("end", kEndKeys);
    names("turn", kTurnKinds);
    names("speaking", kSpeaking);
    names("mission", kMission);
    names("when_empty", kWhenEmpty);
    keys("filter", kFilterKeys);
    names("advance", kAdvance);
    keys("choose", kChooseKeys);
    names("choose_others", kChooseOthers);
    keys("opening", kOpeningKeys);
    keys("closing", kClosingKeys);
}
