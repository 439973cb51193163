// The solo scene's state and input. Sections: start and cards, saving, keys
// in the editor, keys while looking back, commands, the clock.
#include "engine/scenes/solo_scene.hpp"
#include "engine/render/asset_paths.hpp"

#include "engine/text_field_keys.hpp"

#include "engine/cli_options.hpp"
#include "game/base/atomic_file.hpp"
#include "game/journal/journal_format.hpp"
#include "game/session/session.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>

namespace hearth {

namespace fs = std::filesystem;

namespace {

// The wall clock for saving, in milliseconds (steady: never jumps).
std::int64_t real_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Today's date and time on this computer, for the day file and entry heading.
std::pair<Date, ClockTime> local_now() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    return {Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday},
            ClockTime{tm.tm_hour, tm.tm_min, tm.tm_sec}};
}

// The cards a solo session draws from: the solo format's draw types, else the
// reflective types, else every card.
std::vector<std::string> solo_pool(const Deck& deck) {
    const Format* solo = nullptr;
    for (const Format& f : deck.formats)
        if (f.max_players == 1) {
            solo = &f;
            break;
        }
    std::vector<std::string> ids;
    for (const Card& c : deck.cards) {
        const CardType& t = deck.type_of(c);
        bool take = solo && !solo->draw.empty() ? std::find(solo->draw.begin(), solo->draw.end(),
                                                            c.type) != solo->draw.end()
                                                : t.reflective;
        if (take && !t.blank)
            ids.push_back(c.id);
    }
    if (ids.empty())
        for (const Card& c : deck.cards)
            ids.push_back(c.id);
    return ids;
}

} // namespace

// ---------------------------------------------------------------- start and cards

std::optional<std::filesystem::path> user_journal_folder() {
    return journal_folder(process_env);
}

SoloScene::SoloScene(const Deck& deck, std::filesystem::path journal_folder, std::uint64_t seed,
                     SceneHost& host)
    : journal_(std::move(journal_folder)), writer_(journal_), rng_{seed} {
    for (const Format& f : deck.formats)
        if (f.max_players == 1 && f.timers.prompt > 0)
            timer_seconds_ = f.timers.prompt;
    show_today(host);
    focus_editor(host);
}

void SoloScene::show_today(SceneHost& host) {
    const Deck& deck = host.deck();
    auto [date, time] = local_now();
    std::string today = card_of_the_day(deck, date.year, date.month, date.day);
    if (today.empty() && !deck.cards.empty())
        today = deck.cards.front().id;
    show_card(deck, today, true, host);
}

SoloScene::~SoloScene() {
    writer_.flush(real_ms());
    if (!writer_.unsaved())
        return;
    // Last resort when the journal cannot be written as Hearth closes: the
    // entry goes to a private file in the temporary folder, and we say where.
    JournalEntry e = writer_.entry();
    e.text = writer_.editor().text();
    std::error_code ec;
    fs::path rescue = fs::temp_directory_path(ec) /
                      ("hearth-unsaved-entry-" + std::to_string(::getpid()) + ".md");
    auto failed = write_file_atomically(rescue, render_entry(e), 0600);
    std::string where = failed
                            ? "and could not keep it in " + rescue.string() + " either: " + *failed
                            : "it is kept in " + rescue.string();
    std::fprintf(stderr, "hearth: journal: could not save your entry (%s); %s\n",
                 writer_.error().c_str(), where.c_str());
}

void SoloScene::show_card(const Deck& deck, const std::string& card_id, bool of_the_day,
                          SceneHost& host) {
    const Card* card = deck.find_card(card_id);
    if (!card)
        return;
    auto [date, time] = local_now();
    JournalEntry fresh;
    fresh.date = date;
    fresh.time = time;
    fresh.card_number = card->number;
    fresh.card_id = card->id;
    fresh.card_title = card->title;
    fresh.deck_id = deck.info.id;
    // Saves the entry so far first; if it cannot be saved, the card stays and
    // the text stays on screen.
    if (!writer_.begin(std::move(fresh), real_ms())) {
        report(host);
        host.toast("Your entry could not be saved, so this card stays: " + writer_.error());
        return;
    }
    card_id_ = card_id;
    of_the_day_ = of_the_day;
    report(host);
    // Anything already in the journal about this card is earlier than the new,
    // still unsaved entry (even one with the same start second).
    earlier_ = journal_.earlier_entry(deck.info.id, card->id);
    scroll_ = 0;
    timer_.stop();
}

void SoloScene::next_card(SceneHost& host) {
    const Deck& deck = host.deck();
    if (pool_.empty()) {
        pool_ = solo_pool(deck);
        shuffle(pool_, rng_);
        // Do not draw the card on show straight away again.
        if (pool_.size() > 1 && pool_.back() == card_id_)
            std::swap(pool_.back(), pool_.front());
    }
    if (pool_.empty())
        return;
    std::string id = pool_.back();
    pool_.pop_back();
    show_card(deck, id, false, host);
}

// ---------------------------------------------------------------- saving

void SoloScene::save_now(SceneHost& host) {
    writer_.flush(real_ms());
    report(host);
}

void SoloScene::after_edit(SceneHost& host) {
    writer_.edited(real_ms());
    writer_.poll(real_ms());
    report(host);
}

// Tells the person about saving (notices, errors), and the host how much
// text is now on screen.
void SoloScene::report(SceneHost& host) {
    for (const std::string& n : writer_.take_notices())
        host.toast(n);
    if (writer_.error() != last_error_) {
        last_error_ = writer_.error();
        if (!last_error_.empty()) {
            host.toast("Not saved yet: " + last_error_);
            std::fprintf(stderr, "hearth: journal: %s\n", last_error_.c_str());
        }
    }
    if (writer_.editor().revision() != reported_revision_) {
        reported_revision_ = writer_.editor().revision();
        if (writer_.editor().text().size() != reported_bytes_) {
            reported_bytes_ = writer_.editor().text().size();
            host.text_shown(reported_bytes_);
        }
    }
}

void SoloScene::poll(SceneHost& host) {
    if (writer_.poll(real_ms()))
        report(host);
    else if (!writer_.error().empty())
        report(host);
}

// ---------------------------------------------------------------- focus

void SoloScene::focus_editor(SceneHost& host) {
    focus_ = Focus::Editor;
    host.text_input(true);
}

void SoloScene::leave_editor(SceneHost& host) {
    writer_.editor().set_composition({});
    save_now(host);
    focus_ = Focus::Card;
    host.text_input(false);
}

// ---------------------------------------------------------------- keys in the editor

Layer SoloScene::layer() const {
    switch (focus_) {
    case Focus::LookBack:
        return Layer::List;
    case Focus::Card:
        return Layer::Aside;
    case Focus::Editor:
        break;
    }
    // While a composition is open the input method owns the keys.
    return writer_.editor().composition().empty() ? Layer::Journal : Layer::Composing;
}

void SoloScene::on_text(const TextInput& in, SceneHost& host) {
    if (focus_ != Focus::Editor)
        return;
    TextEditor& ed = writer_.editor();
    if (in.composing) {
        ed.set_composition(in.text);
        layout_.reset();
        return;
    }
    ed.set_composition({});
    ed.insert(in.text);
    after_edit(host);
}

bool SoloScene::editor_input(const Input& in, SceneHost& host) {
    TextEditor& ed = writer_.editor();
    const bool shift = in.extend;
    const std::uint64_t before = ed.revision();
    if (!ed.composition().empty())
        return true;
    switch (in.command) {
    case Command::Up:
    case Command::Down:
        if (const EditorLayout* l = current_layout())
            in.command == Command::Up ? ed.move_up(*l, shift) : ed.move_down(*l, shift);
        break;
    case Command::LineStart:
        ed.move_home(shift, current_layout());
        break;
    case Command::TextStart:
        ed.move_to_start(shift);
        break;
    case Command::LineEnd:
        ed.move_end(shift, current_layout());
        break;
    case Command::TextEnd:
        ed.move_to_end(shift);
        break;
    case Command::NewLine:
        ed.insert("\n");
        break;
    case Command::Submit:
        next_card(host);
        break;
    case Command::Leave:
        leave_editor(host);
        break;
    case Command::Timer:
        timer_.active() ? timer_.toggle_pause(host.now_ms())
                        : timer_.start(timer_seconds_, host.now_ms());
        break;
    case Command::LookBack:
        open_lookback(host, false, {});
        break;
    case Command::Today:
        if (!of_the_day_)
            show_today(host);
        break;
    case Command::Earlier:
        if (earlier_)
            open_lookback(host, true, earlier_->id);
        break;
    case Command::Scroll:
        scroll_ = std::max(0, scroll_ - in.steps * 60);
        break;
    default:
        if (!apply_text_field_command(ed, in, host))
            return false; // the table's commands: another card, save, a click
    }
    if (ed.revision() != before)
        after_edit(host);
    return true;
}

// ---------------------------------------------------------------- looking back

void SoloScene::open_lookback(SceneHost& host, bool by_card, const std::string& entry_id) {
    save_now(host);
    AllEntries all = read_all_entries(journal_);
    past_ = std::move(all.entries);
    groups_ = group_by_card(past_);
    if (!all.diagnostics.all().empty())
        host.toast(all.diagnostics.all().front().str());
    by_card_ = by_card;
    selected_ = 0;
    if (by_card_) {
        for (std::size_t i = 0; i < groups_.size(); ++i)
            for (const auto& e : groups_[i].entries)
                if (e.id == entry_id)
                    selected_ = i;
    } else {
        for (std::size_t i = 0; i < past_.size(); ++i)
            if (past_[i].id == entry_id)
                selected_ = i;
    }
    focus_ = Focus::LookBack;
    host.text_input(false);
}

bool SoloScene::lookback_input(const Input& in, SceneHost& host) {
    std::size_t count = by_card_ ? groups_.size() : past_.size();
    switch (in.command) {
    case Command::Up:
        selected_ = selected_ > 0 ? selected_ - 1 : 0;
        return true;
    case Command::Down:
        if (selected_ + 1 < count)
            ++selected_;
        return true;
    case Command::NextField:
        by_card_ = !by_card_;
        selected_ = 0;
        return true;
    case Command::Journal:
        focus_editor(host);
        return true;
    default:
        return false; // pads and pointers: the table's commands
    }
}

// ---------------------------------------------------------------- commands

void SoloScene::on_input(const Input& input, SceneHost& host) {
    switch (focus_) {
    case Focus::Editor:
        if (editor_input(input, host))
            return;
        break;
    case Focus::LookBack:
        if (lookback_input(input, host))
            return;
        break;
    case Focus::Card:
        if (input.command == Command::Journal) {
            focus_editor(host);
            return;
        }
        if (input.command == Command::LookBack) {
            open_lookback(host, false, {});
            return;
        }
        break;
    }
    // The table's commands, from the keys with the editor put aside, or a
    // pad or a pointer at any time.
    switch (input.command) {
    case Command::Next:
        next_card(host);
        focus_editor(host);
        break;
    case Command::Point: {
        // A click in the entry puts the caret there; anywhere else returns
        // to writing.
        focus_editor(host);
        SDL_Point at{input.x, input.y};
        const EditorLayout* l = current_layout();
        if (l && line_h_ > 0 && SDL_PointInRect(&at, &editor_box_) &&
            writer_.editor().composition().empty()) {
            int line =
                std::clamp((at.y - editor_box_.y + scroll_) / line_h_, 0, int(l->line_count()) - 1);
            writer_.editor().move_to(l->pos_at(std::size_t(line), at.x - editor_box_.x));
        }
        break;
    }
    case Command::Leave:
        save_now(host);
        if (writer_.unsaved() && !leave_anyway_) {
            host.toast("Your entry could not be saved: " + writer_.error() + ". " +
                       host.bindings().key(Command::Leave, Layer::Aside) +
                       " again leaves without it.");
            leave_anyway_ = true;
            break;
        }
        host.quit();
        break;
    case Command::Save:
        save_now(host);
        host.toast(writer_.error().empty() ? "Saved" : "Not saved: " + writer_.error());
        break;
    default:
        break;
    }
}

// ---------------------------------------------------------------- the clock

void SoloScene::advance(std::int64_t, SceneHost& host) {
    bool was_running = timer_.active() && !timer_.done(engine_now_);
    engine_now_ = host.now_ms();
    if (was_running && timer_.done(engine_now_))
        host.toast("The reflection time is over. Write on as long as you like.");
    poll(host);
}

void SoloScene::set_paused(bool paused, SceneHost& host) {
    // The timer counts on the engine clock, which runs on behind the pause
    // screen; a timer the person paused themselves stays paused.
    if (paused && timer_.active() && !timer_.paused()) {
        timer_.toggle_pause(host.now_ms());
        paused_with_screen_ = true;
    } else if (!paused && paused_with_screen_) {
        if (timer_.paused())
            timer_.toggle_pause(host.now_ms());
        paused_with_screen_ = false;
    }
    engine_now_ = host.now_ms();
}

std::int64_t SoloScene::wake_in_ms() const {
    std::int64_t wake = -1;
    if (auto d = writer_.deadline())
        wake = std::max<std::int64_t>(1, *d - real_ms());
    if (timer_.active() && !timer_.paused()) {
        // The countdown's next visible second.
        std::int64_t left = timer_.remaining_ms(engine_now_);
        if (left > 0) {
            std::int64_t next = left % 1000 == 0 ? 1000 : left % 1000;
            wake = wake < 0 ? next : std::min(wake, next);
        }
    }
    return wake;
}

KeyHelp SoloScene::help(const Bindings& keys) const {
    using C = Command;
    return keys.help(
        {
            {{}, "goes into your journal entry; it is saved as you type", "typing"},
            {{C::Submit, C::Next}, "draw another card (your entry is kept)"},
            {{C::Today}, "back to the card of the day"},
            {{C::Timer}, "start or pause the reflection timer"},
            {{C::LookBack},
             "look back: past entries by date; " + keys.key(C::NextField, Layer::List) +
                 ": by card"},
            {{C::Earlier}, "read what you wrote about this card before"},
            {{C::WordLeft, C::WordRight, C::DeleteWordBack}, "move or delete by word"},
            {{C::SelectAll, C::Copy, C::Cut, C::Paste}, "select, copy, cut, paste", "Shift+arrows"},
            {{C::Undo, C::Redo}, "undo, redo"},
            {{C::Leave},
             "put the journal aside (then " + keys.key(C::Leave, Layer::Aside) + " again leaves)"},
            {{C::Help, C::FullScreen}, "this help, full screen"},
        },
        Layer::Journal);
}

} // namespace hearth
