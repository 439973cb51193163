// The App's seeing and hearing: the theme, the font and reduced motion put
// in force from the command line, else the preferences (else the desktop's
// setting, for motion); read aloud from --read-aloud or the preference, its
// keys (V, F9: on and off; Shift: read again), what the scene's session says
// as the clock moves, and the one notice that it is unavailable.
#include "engine/app.hpp"

#include "engine/desktop_motion.hpp"
#include "engine/theme.hpp"
#include "engine/words/words.hpp"

#include <cstdio>

namespace hearth {
namespace {

MessageId level_words(Verbosity v) {
    switch (v) {
    case Verbosity::Cards:
        return MessageId::ReadLevelCards;
    case Verbosity::Turns:
        return MessageId::ReadLevelTurns;
    case Verbosity::Everything:
        return MessageId::ReadLevelEverything;
    }
    return MessageId::ReadLevelTurns;
}

} // namespace

void App::apply_seeing() {
    const Preferences& p = prefs_.values();
    const std::string& theme = options_.theme.empty() ? p.theme : options_.theme;
    theme::use_theme(theme);
    cards_.set_high_contrast(theme::high_contrast());
    const std::string& font = options_.font.empty() ? p.font : options_.font;
    if (!fonts_.use_family(font))
        std::fprintf(stderr, "hearth: the %s font is missing; the standard one is used\n",
                     font.c_str());
    if (!options_.reduced_motion.empty())
        reduced_motion_ = options_.reduced_motion == "on";
    else if (p.reduced_motion)
        reduced_motion_ = *p.reduced_motion;
    else if (!options_.headless) // a script's run does not depend on the desktop
        reduced_motion_ = desktop_reduces_motion().value_or(false);
}

void App::start_read_aloud() {
    const Preferences& p = prefs_.values();
    Verbosity v = Verbosity::Turns;
    parse_verbosity(p.read_aloud_verbosity, v);
    bool on = p.read_aloud;
    if (!options_.read_aloud.empty()) { // the command line wins for this run
        on = options_.read_aloud != "off";
        if (on)
            parse_verbosity(options_.read_aloud, v);
    }
    read_aloud_.set_verbosity(v);
    read_aloud_.set_on(on);
    show_read_aloud_notice();
}

bool App::read_aloud_input(const Input& in) {
    if (in.command == Command::ReadAloud) {
        const bool on = !read_aloud_.on();
        read_aloud_.set_on(on);
        prefs_.set_read_aloud(on);
        preferences_changed();
        std::string said = on ? say(Message{MessageId::ReadAloudOn,
                                            {{"verbosity", level_words(read_aloud_.verbosity())}}})
                              : say(Message{MessageId::ReadAloudOff, {}});
        toast(said); // said aloud when everything is
        if (on && read_aloud_.verbosity() != Verbosity::Everything)
            read_aloud_.say_now({Said::Message, said, interface_language()});
        show_read_aloud_notice();
        return true;
    }
    if (in.command != Command::ReadAgain)
        return false;
    if (!read_aloud_.on()) {
        // Asked to read with read aloud off: it comes on for this.
        read_aloud_.set_on(true);
        prefs_.set_read_aloud(true);
        preferences_changed();
        show_read_aloud_notice();
    }
    const std::string entry = scene_ ? scene_->entry_text() : std::string();
    const bool writing = scene_ && scene_->layer() == Layer::Journal;
    if (const auto& card = read_aloud_.card(); card && !(writing && !entry.empty()))
        read_aloud_.say_now(*card);
    else if (!writing)
        read_aloud_.say_now(
            {Said::Message, say(Message{MessageId::ReadNoCard, {}}), interface_language()});
    if (writing)
        read_aloud_.say_now(
            {Said::Entry, entry.empty() ? say(Message{MessageId::ReadEmptyEntry, {}}) : entry,
             deck_.live().has_deck() && !deck().info.language.empty() ? deck().info.language
                                                                      : interface_language()});
    return true;
}

void App::read_session_aloud() {
    if (scene_ && deck_.live().has_deck())
        if (const Session* s = scene_->session_in_play())
            read_aloud_.session(deck(), *s);
}

void App::show_read_aloud_notice() {
    if (auto notice = read_aloud_.take_notice()) {
        std::fprintf(stderr, "hearth: %s\n", notice->c_str());
        toast(*notice);
    }
}

} // namespace hearth
