// Sections: where the journal lives, saving, reading back.
#include "game/journal/journal.hpp"

#include "game/base/atomic_file.hpp"
#include "game/journal/journal_format.hpp"

#include <algorithm>
#include <set>
#include <system_error>

namespace hearth {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t max_day_file_bytes = 64u << 20;

// True when something is at `p`, or when it cannot be told (then the file
// is treated as present and unreadable, so it is never replaced).
bool present(const fs::path& p) {
    std::error_code ec;
    auto st = fs::symlink_status(p, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)
        return true;
    return fs::exists(st);
}

bool contains_id(std::string_view bytes, std::string_view id) {
    return bytes.find("id=\"" + std::string(id) + "\"") != std::string_view::npos;
}

// Reads a day or side file for looking back; a problem becomes a warning.
std::optional<std::string> read_for_reading(const fs::path& file, Diagnostics& diags) {
    if (!present(file))
        return std::nullopt;
    bool too_large = false;
    auto bytes = read_file(file, max_day_file_bytes, &too_large);
    if (!bytes)
        diags.warning({file.string(), 0, 0},
                      too_large ? "too large to read as a journal file" : "cannot be read");
    return bytes;
}

} // namespace

// ---------------------------------------------------------------- where

std::optional<fs::path> journal_folder(const EnvLookup& env) {
    if (auto data = user_data_folder(env))
        return *data / "journal";
    return std::nullopt;
}

Journal::Journal(fs::path folder) : folder_(std::move(folder)) {}

fs::path Journal::day_file(Date date) const {
    return folder_ / (format_date(date) + ".md");
}

fs::path Journal::side_file(Date date) const {
    return folder_ / (format_date(date) + ".recovered.md");
}

// ---------------------------------------------------------------- saving

std::string Journal::new_entry_id(Date date, ClockTime time) {
    std::string day = format_date(date);
    auto& given = handed_out_[day];
    // What the day file (or its side file) holds now; unreadable counts as empty,
    // save() then finds a fresh id itself if it must.
    std::string bytes;
    for (const fs::path& f : {day_file(date), side_file(date)})
        bytes += read_file(f, max_day_file_bytes).value_or("");
    std::string base = entry_id(date, time);
    std::string id = base;
    for (int n = 2; given.count(id) || contains_id(bytes, id); ++n)
        id = base + "-" + std::to_string(n);
    given.insert(id);
    return id;
}

JournalSaveResult Journal::save(const JournalEntry& entry) {
    std::error_code ec;
    if (fs::create_directories(folder_, ec))
        fs::permissions(folder_, fs::perms::owner_all, ec); // what people write is theirs
    if (ec) {
        JournalSaveResult r;
        r.id = entry.id;
        r.error = "cannot create the journal folder " + folder_.string() + ": " + ec.message();
        return r;
    }
    fs::path file = day_file(entry.date);
    // A day file linked elsewhere (a synced folder) is written where it points,
    // so the rename keeps the link.
    if (fs::is_symlink(file, ec))
        if (auto target = fs::canonical(file, ec); !ec)
            file = target;
    if (!present(file))
        return save_into(file, entry, {}, false);
    bool too_large = false;
    auto bytes = read_file(file, max_day_file_bytes, &too_large);
    if (bytes)
        return save_into(file, entry, *bytes, true);

    // The day file is there but cannot be read: never replace it.
    std::string why = too_large ? "it is too large" : "it cannot be read";
    fs::path side = side_file(entry.date);
    bool side_exists = present(side);
    auto side_bytes = side_exists ? read_file(side, max_day_file_bytes) : std::string();
    if (!side_bytes) {
        JournalSaveResult r;
        r.id = entry.id;
        r.file = side;
        r.error = "cannot save the journal: " + file.string() + " and " + side.string() +
                  " cannot be read";
        return r;
    }
    auto r = save_into(side, entry, *side_bytes, side_exists);
    r.notices.insert(r.notices.begin(), file.string() + " is left as it is because " + why +
                                            "; this entry is saved in " + side.string());
    return r;
}

JournalSaveResult Journal::save_into(const fs::path& file, JournalEntry entry,
                                     const std::string& existing, bool exists) {
    JournalSaveResult result;
    result.file = file;
    ParsedDay parsed = parse_day(existing, file.string());
    const EntrySpan* span = nullptr;
    for (const auto& s : parsed.entries)
        if (s.entry.id == entry.id)
            span = &s;
    auto mine = written_.find({file.string(), entry.id});

    std::string contents;
    if (span && mine != written_.end() &&
        std::string_view(existing).substr(span->begin, span->end - span->begin) == mine->second) {
        contents = existing;
        contents.replace(span->begin, span->end - span->begin, render_entry(entry));
    } else {
        if (contains_id(existing, entry.id)) {
            // The id is taken by bytes this Journal did not write (or no
            // longer matches them): keep those, save this under a fresh id.
            std::string base = entry.id;
            std::string fresh;
            for (int n = 2;; ++n) {
                fresh = base + "-" + std::to_string(n);
                if (!contains_id(existing, fresh) && !written_.count({file.string(), fresh}))
                    break;
            }
            result.notices.push_back("entry " + base + " in " + file.string() +
                                     " was changed outside Hearth or is damaged; it is kept as "
                                     "it is, and this text is saved below it as entry " +
                                     fresh);
            entry.id = fresh;
        }
        if (!exists || existing.empty()) {
            contents = render_day_title(entry.date);
        } else {
            contents = existing;
            if (contents.back() != '\n')
                contents += '\n';
            if (contents.size() < 2 || contents[contents.size() - 2] != '\n')
                contents += '\n';
        }
        contents += render_entry(entry);
    }
    result.id = entry.id;
    if (auto error = write_file_atomically(file, contents, 0600)) {
        result.error = *error;
        return result;
    }
    written_[{file.string(), entry.id}] = render_entry(entry);
    result.ok = true;
    return result;
}

// ---------------------------------------------------------------- reading back

std::vector<Date> Journal::days() const {
    std::set<Date> found;
    std::error_code ec;
    for (fs::directory_iterator it(folder_, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.size() < 13 || name.substr(name.size() - 3) != ".md")
            continue;
        std::string rest = name.substr(10);
        if (rest != ".md" && rest != ".recovered.md")
            continue;
        if (auto d = parse_date(name.substr(0, 10)))
            found.insert(*d);
    }
    return {found.begin(), found.end()};
}

JournalDay Journal::read_day(Date date) const {
    JournalDay day;
    day.date = date;
    for (const fs::path& file : {day_file(date), side_file(date)}) {
        auto bytes = read_for_reading(file, day.diagnostics);
        if (!bytes)
            continue;
        ParsedDay parsed = parse_day(*bytes, file.string());
        for (auto& d : parsed.diagnostics.all())
            day.diagnostics.add(d);
        for (auto& s : parsed.entries)
            day.entries.push_back(std::move(s.entry));
    }
    return day;
}

std::vector<JournalEntry> Journal::entries_for_card(std::string_view deck_id,
                                                    std::string_view card_id) const {
    std::vector<JournalEntry> out;
    for (Date d : days())
        for (auto& e : read_day(d).entries)
            if (e.card_id == card_id && e.deck_id == deck_id)
                out.push_back(std::move(e));
    std::stable_sort(out.begin(), out.end(), [](const JournalEntry& a, const JournalEntry& b) {
        return std::tie(a.date, a.time) > std::tie(b.date, b.time);
    });
    return out;
}

std::optional<JournalEntry> Journal::earlier_entry(std::string_view deck_id,
                                                   std::string_view card_id,
                                                   std::string_view except_id) const {
    for (auto& e : entries_for_card(deck_id, card_id))
        if (e.id != except_id && e.text.find_first_not_of(" \t\n") != std::string::npos)
            return std::move(e);
    return std::nullopt;
}

} // namespace hearth
