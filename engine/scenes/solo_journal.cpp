// The solo scene's journal entry. Sections: the entry, saving, focus, keys in
// the editor, looking back. The session and its commands are in
// solo_scene.cpp.
#include "engine/scenes/solo_scene.hpp"

#include "engine/render/asset_paths.hpp"
#include "engine/scenes/solo_clock.hpp"
#include "engine/text_field_keys.hpp"
#include "engine/words/translation.hpp"
#include "game/base/atomic_file.hpp"
#include "game/journal/journal_format.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <random>
#include <unistd.h>

namespace hearth {

namespace fs = std::filesystem;
using solo::local_now;
using solo::real_ms;

// ---------------------------------------------------------------- the entry

std::optional<std::filesystem::path> user_journal_folder() {
    return journal_folder(process_env);
}

namespace {

std::atomic<bool> g_entry_lost{false};

// Writes `text` to a new file with an unpredictable name in `dir`
// (hearth-unsaved-entry-PID-XXXXXX.md, O_EXCL: never a file or link planted
// there). The file, or nullopt.
std::optional<fs::path> keep_in(const fs::path& dir, const std::string& text) {
    static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::random_device random;
    for (int attempt = 0; attempt < 20; ++attempt) {
        std::string name = "hearth-unsaved-entry-" + std::to_string(::getpid()) + "-";
        for (int i = 0; i < 6; ++i)
            name += kLetters[random() % (sizeof kLetters - 1)];
        fs::path file = dir / (name + ".md");
        int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0)
            return std::nullopt;
        const bool ok = write_all(fd, text) && ::fsync(fd) == 0;
        ::close(fd);
        if (ok)
            return file;
        ::unlink(file.c_str());
        return std::nullopt;
    }
    return std::nullopt;
}

// The places an entry is rescued to, most findable first: the journal's own
// folder and the data folder above it, the home folder, the temporary
// folders, the current folder.
std::vector<fs::path> rescue_places(const fs::path& journal) {
    std::vector<fs::path> places{journal, journal.parent_path()};
    if (auto home = process_env("HOME"); home && !home->empty())
        places.emplace_back(*home);
    std::error_code ec;
    if (fs::path tmp = fs::temp_directory_path(ec); !ec)
        places.push_back(tmp);
    places.emplace_back("/var/tmp");
    places.emplace_back("/tmp");
    places.emplace_back(".");
    return places;
}

} // namespace

bool journal_entry_lost() {
    return g_entry_lost.load();
}

SoloScene::~SoloScene() {
    writer_.flush(real_ms());
    if (!writer_.unsaved())
        return;
    // Last resort when the journal cannot be written as Hearth closes: the
    // entry goes to a new private file in the first place that takes it, and
    // we say where. Hearth then exits non-zero: the journal did not keep it.
    JournalEntry e = writer_.entry();
    e.text = writer_.editor().text();
    const std::string bytes = render_entry(e);
    g_entry_lost = true;
    for (const fs::path& dir : rescue_places(journal_.folder()))
        if (auto kept = keep_in(dir, bytes)) {
            std::fprintf(stderr,
                         "hearth: journal: could not save your entry (%s); it is kept in %s\n",
                         writer_.error().c_str(), kept->c_str());
            return;
        }
    // Nowhere takes it: the text itself goes to stderr, the one place left.
    std::fprintf(stderr,
                 "hearth: journal: could not save your entry (%s), nor keep it in any folder; "
                 "here it is:\n%s\n",
                 writer_.error().c_str(), bytes.c_str());
}

bool SoloScene::begin_entry(const Deck& deck, const Card& card, SceneHost& host) {
    auto [date, time] = local_now();
    JournalEntry fresh;
    fresh.date = date;
    fresh.time = time;
    fresh.card_number = card.number;
    fresh.card_id = card.id;
    fresh.card_title = card.title;
    fresh.deck_id = deck.info.id;
    // Saves the entry so far first; if it cannot be saved, the card stays and
    // the text stays on screen.
    if (!writer_.begin(std::move(fresh), real_ms())) {
        report(host);
        host.toast(fill(tr("Your entry could not be saved, so this card stays: {why}"),
                        {{"why", writer_.error()}}));
        return false;
    }
    card_id_ = card.id;
    report(host);
    // Anything already in the journal about this card is earlier than the new,
    // still unsaved entry (even one with the same start second).
    earlier_ = journal_.earlier_entry(deck.info.id, card.id);
    scroll_ = 0;
    return true;
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

// A journal notice in the interface's words.
std::string SoloScene::notice_words(const JournalNotice& n) {
    using K = JournalNotice::Kind;
    switch (n.kind) {
    case K::SavedBeside:
        return fill(tr("{file} is left as it is because {why}; this entry is saved in {other}"),
                    {{"file", n.file}, {"why", n.why}, {"other", n.other}});
    case K::KeptApart:
        return fill(tr("{file} was changed by another program while Hearth saved it; that "
                       "version is kept in {other}"),
                    {{"file", n.file}, {"other", n.other}});
    case K::LostApart:
        return fill(tr("{file} was changed by another program while Hearth saved it, and that "
                       "version could not be kept"),
                    {{"file", n.file}});
    case K::FreshId:
        break;
    }
    return fill(tr("entry {id} in {file} was changed outside Hearth or is damaged; it is kept "
                   "as it is, and this text is saved below it as entry {fresh}"),
                {{"id", n.id}, {"file", n.file}, {"fresh", n.fresh_id}});
}

// Tells the person about saving (notices, errors), and the host how much
// text is now on screen.
void SoloScene::report(SceneHost& host) {
    for (const JournalNotice& n : writer_.take_notices())
        host.toast(notice_words(n));
    if (writer_.error() != last_error_) {
        last_error_ = writer_.error();
        if (!last_error_.empty()) {
            host.toast(fill(tr("Not saved yet: {why}"), {{"why", last_error_}}));
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
        toggle_timer(host);
        break;
    case Command::LookBack:
        open_lookback(host, false, {});
        break;
    case Command::Today:
        show_today(host);
        break;
    case Command::Earlier:
        if (earlier_)
            open_lookback(host, true, earlier_->id);
        break;
    case Command::Scroll:
        scroll_ = std::max(0, scroll_ - in.steps * 60);
        break;
    case Command::CaretLeft:
    case Command::CaretRight:
    case Command::WordLeft:
    case Command::WordRight: {
        // Left and Right move in reading order, mirrored in a right-to-left
        // paragraph: there Left goes on to the next letter (docs/solo.md).
        Input moved = in;
        const EditorLayout* l = current_layout();
        if (l && l->rtl_at(ed.caret()))
            moved.command = mirrored_arrow(in.command);
        apply_text_field_command(ed, moved, host);
        break;
    }
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

} // namespace hearth
