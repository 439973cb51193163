// Set-up. Sections: state changes, input. Drawing is setup_view.cpp's.
#include "engine/scenes/setup_scene.hpp"
#include "engine/scenes/solo_scene.hpp"
#include "engine/words/translation.hpp"

#include "engine/cli_options.hpp"
#include "engine/render/ttf_measurer.hpp"
#include "engine/scenes/mission_list.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/theme.hpp"
#include "engine/words/screen_words.hpp"
#include "engine/words/words.hpp"
#include "game/base/rng.hpp"
#include "game/session/estimate.hpp"
#include "game/session/same_name.hpp"
#include "game/session/session.hpp"

#include <algorithm>

namespace hearth {

SetupScene::SetupScene(const Deck& deck, std::uint64_t seed, std::string format) : seed_(seed) {
    for (std::size_t i = 0; i < deck.formats.size(); ++i)
        if (deck.formats[i].id == format)
            format_index_ = int(i);
}

const Format& SetupScene::format(const Deck& deck) const {
    return deck.formats[std::size_t(format_index_)];
}

int SetupScene::most_names(const Deck& deck) const {
    return std::min(12, max_seats(format(deck)));
}

int SetupScene::clicker_count(const Deck& deck) const {
    return std::clamp(4, min_seats(format(deck)), most_names(deck));
}

void SetupScene::seat_typed(const Deck& deck) {
    // Spaces around a name would only hide it.
    std::string name = typing_;
    while (!name.empty() && name.back() == ' ')
        name.pop_back();
    if (seat_name(name, deck))
        typing_.clear();
}

bool SetupScene::seat_name(const std::string& name, const Deck& deck) {
    if (int(names_.size()) >= most_names(deck)) {
        note_ = words::table_holds_at_most(most_names(deck));
        return false;
    }
    if (const std::string* same = same_name_in(names_, name)) {
        note_ = words::already_seated(*same);
        return false;
    }
    note_.clear();
    names_.push_back(name);
    return true;
}

// ---------------------------------------------------------------- state changes

void SetupScene::go_to_players(SceneHost& host) {
    const Format& f = format(host.deck());
    if (f.max_players == 1) { // solo: nobody to name; the journal scene
        if (auto folder = user_journal_folder()) {
            host.switch_to(std::make_unique<SoloScene>(host.deck(), *folder, seed_, host));
            return;
        }
        count_ = 1;
        start(host);
        return;
    }
    focus_ = Focus::Players;
    host.text_input(true);
}

void SetupScene::back_to_players(SceneHost& host) {
    focus_ = Focus::Players;
    host.text_input(true);
}

void SetupScene::start(SceneHost& host) {
    const Deck& deck = host.deck();
    const Format& f = format(deck);
    int n = names_.empty() ? count_ : int(names_.size());
    if (n < min_seats(f)) {
        host.toast(fill(tr_n("{format} needs at least {n} player",
                             "{format} needs at least {n} players", min_seats(f)),
                        {{"format", f.name}, {"n", std::to_string(min_seats(f))}}));
        return;
    }
    if (n > max_seats(f)) {
        host.toast(fill(tr_n("{format} seats at most {n} player",
                             "{format} seats at most {n} players", max_seats(f)),
                        {{"format", f.name}, {"n", std::to_string(max_seats(f))}}));
        return;
    }
    if (names_.empty() && count_ > 0) // nobody named: say who sits down
        host.toast(words::seated_by_number(count_));
    open_table(host);
}

// The session begins at the table; a format with `mission = "choose"` lays
// its missions out there first, as a choose step.
void SetupScene::open_table(SceneHost& host) {
    const Deck& deck = host.deck();
    auto r = start_session(
        deck, new_session_start(deck, format(deck).id, names_, count_, seed_, host.own_cards()));
    if (auto* e = std::get_if<StartError>(&r)) {
        host.toast(say(e->message));
        return;
    }
    Session s = std::get<Session>(std::move(r));
    host.text_input(false);
    host.session_changed(s);
    host.switch_to(std::make_unique<TableScene>(std::move(s)));
}

// ---------------------------------------------------------------- input

void SetupScene::on_text(const TextInput& in, SceneHost& host) {
    if (focus_ != Focus::Players || in.composing)
        return;
    const std::string& t = in.text;
    if (swallow_text_ && t.size() == 1 && t[0] == swallow_text_) {
        swallow_text_ = 0;
        return;
    }
    swallow_text_ = 0;
    for (char c : t) {
        if (typing_.empty() && may_count() && c >= '1' && c <= '9') {
            names_.clear();
            count_ = c - '0';
            start(host);
            return;
        }
        note_.clear();
        if (c == ' ' && typing_.empty())
            continue; // a leading space would only hide the name
        if (typing_.size() < 40)
            typing_ += c;
    }
}

// Names: the keys of Layer::Names; true when the command was theirs.
bool SetupScene::names_input(const Input& input, SceneHost& host) {
    switch (input.command) {
    case Command::Take: // a number of players, when no name is typed yet
        if (typing_.empty() && may_count()) {
            names_.clear();
            swallow_text_ = char('1' + input.seat);
            count_ = input.seat + 1;
            start(host);
        }
        return true;
    case Command::NewLine:
        if (!typing_.empty())
            seat_typed(host.deck());
        else if (!names_.empty())
            start(host);
        return true;
    case Command::DeleteBack:
        note_.clear();
        if (!typing_.empty()) {
            // Remove one whole UTF-8 character.
            do
                typing_.pop_back();
            while (!typing_.empty() && (typing_.back() & 0xC0) == 0x80);
        } else if (!names_.empty()) {
            names_.pop_back();
        } else {
            focus_ = Focus::Format;
            host.text_input(false);
        }
        return true;
    case Command::Begin:
        if (typing_.empty() && !names_.empty())
            start(host);
        return true;
    default:
        return false;
    }
}

void SetupScene::on_input(const Input& in, SceneHost& host) {
    // The wheel moves through a list here; it never takes a row or seats anyone.
    Input input = in;
    if (input.wheel && (input.command == Command::Next || input.command == Command::Back))
        input.command = input.command == Command::Next ? Command::Down : Command::Up;
    const Deck& deck = host.deck();
    int nformats = int(deck.formats.size());
    switch (focus_) {
    case Focus::Format:
        if (input.command == Command::Up || input.command == Command::Back)
            format_index_ = (format_index_ + nformats - 1) % nformats;
        else if (input.command == Command::Down || input.command == Command::Choose)
            format_index_ = (format_index_ + 1) % nformats;
        else if (input.command == Command::Next)
            go_to_players(host);
        else if (input.command == Command::Point) {
            // A click picks the row clicked (a click beside the rows, the lit one).
            int row = row_at(rows_, input.x, input.y);
            if (row >= 0 && row < nformats)
                format_index_ = row;
            if (row >= 0 || rows_.empty())
                go_to_players(host);
        } else if (input.command == Command::Take && input.seat < nformats)
            format_index_ = input.seat;
        else if (input.command == Command::Leave)
            host.quit();
        break;
    case Focus::Players:
        if (names_input(input, host))
            break;
        if (input.command == Command::Leave ||
            (input.command == Command::Back && typing_.empty() && names_.empty())) {
            focus_ = Focus::Format;
            note_.clear();
            host.text_input(false);
        } else if (input.command == Command::Next) {
            // A clicker's PageDown: the name typed, else start (with nobody
            // named, a few players, and the screen says so).
            if (!typing_.empty())
                seat_typed(deck);
            else if (!names_.empty())
                start(host);
            else {
                count_ = clicker_count(deck);
                start(host);
            }
        }
        break;
    }
}

KeyHelp SetupScene::help(const Bindings& keys) const {
    using C = Command;
    // The keys as they are in the first step, where the format is chosen.
    return keys.help(
        {
            {{C::Up, C::Down, C::Next},
             tr_later("choose the format"),
             tr_later("a click on a row")},
            {{C::Choose},
             fill(tr("a clicker: the next row; {key} or {other} takes it; with nobody named it "
                     "seats a few players"),
                  {{"key", keys.key(C::Next, Layer::Commands)},
                   {"other", keys.label_of(Key::PageDown, C::Next, Layer::Commands)}})},
            {{C::Take}, tr_later("that many players, named Player 1, 2 \u2026 (up to 12 names)")},
            {{},
             tr_later("seat a player; Return again to start"),
             fill(tr("Type a name, {key}"), {{"key", keys.key(C::NewLine, Layer::Names)}})},
            {{}, tr_later("remove the last name; go back"), keys.key(C::DeleteBack, Layer::Names)},
            {{C::FullScreen}, tr_later("full screen")},
            {{C::Leave}, tr_later("back; quit")},
        },
        Layer::Commands);
}

std::string SetupScene::hints(const Bindings& keys) const {
    using C = Command;
    switch (focus_) {
    case Focus::Format:
        return keys.hints({{{C::Up, C::Down}, tr_later("choose")},
                           {{C::Next}, tr_later("this one")},
                           {{C::Help}, tr_later("keys")},
                           {{C::Leave}, tr_later("quit")}},
                          Layer::Commands);
    case Focus::Players:
        return keys.hints({{{}, tr_later("Type names")},
                           {{C::Take}, tr_later("that many players")},
                           {{C::Leave}, tr_later("back")}},
                          Layer::Names);
    }
    return {};
}

// The same steps with a clicker's three buttons.
std::string SetupScene::clicker_hints(const Bindings& keys, const Deck& deck) const {
    switch (focus_) {
    case Focus::Format:
        return keys.clicker_hint(tr_later("this one"), tr_later("another"), "", Layer::Commands);
    case Focus::Players:
        return keys.clicker_hint(
            names_.empty() && typing_.empty()
                ? fill(tr_n("seats {n} player", "seats {n} players", clicker_count(deck)),
                       {{"n", std::to_string(clicker_count(deck))}})
                : tr_later("start"),
            "", tr_later("back"), Layer::Names);
    }
    return {};
}

} // namespace hearth
