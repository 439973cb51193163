// The user's own cards: reading with the loader's card rules, writing in the
// deck format, and where the file lives.
#include "game/deck/own_cards.hpp"

#include "game/base/atomic_file.hpp"
#include "game/base/suggest.hpp"
#include "game/base/utf8.hpp"
#include "game/deck/art_probe.hpp"
#include "game/deck/deck_paths.hpp"
#include "game/deck/deck_writer.hpp"
#include "game/deck/detail/deck_reader.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <sys/file.h>
#include <unistd.h>

namespace hearth {

namespace fs = std::filesystem;

OwnCards read_own_cards(std::string_view text, const std::string& shown, const Deck& deck) {
    OwnCards out;
    std::optional<toml::table> doc =
        detail::parse_toml(text, shown, "the file of own cards", out.diagnostics);
    if (!doc)
        return out;
    Deck own;
    detail::DeckSources sources;
    detail::read_extra_cards(*doc, shown, own, sources, out.diagnostics);
    std::vector<std::string> type_ids;
    for (const CardType& t : deck.types)
        type_ids.push_back(t.id);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < own.cards.size(); ++i) {
        Card& c = own.cards[i];
        const detail::CardSources& cs = sources.cards[i];
        if (!c.id.empty() && deck.find_card(c.id))
            out.diagnostics.error(cs.id, "card id '" + c.id + "' is already a card of the deck '" +
                                             deck.info.id + "'; give this card another id");
        else if (!c.id.empty() && !ids.insert(c.id).second)
            out.diagnostics.error(cs.id, "duplicate card id '" + c.id + "'");
        if (!c.type.empty() && !deck.find_type(c.type))
            out.diagnostics.error(cs.type, "the deck '" + deck.info.id + "' has no card type '" +
                                               c.type + "'" + did_you_mean(c.type, type_ids));
        if (!c.number_given)
            c.number = 0; // own cards have no place in the deck's numbering
        // Art is checked as the deck's is: inside the deck folder, a regular
        // file (never a FIFO waited on), an image.
        if (!c.art.empty()) {
            auto resolved = resolve_in_folder(deck.folder, c.art);
            const std::string what = "art of card '" + c.id + "'";
            if (auto* why = std::get_if<std::string>(&resolved))
                out.diagnostics.error(cs.art, what + ": " + *why);
            else if (auto problem = sniff_art(std::get<fs::path>(resolved)))
                out.diagnostics.error(cs.art, what + ": '" + c.art + "' " + *problem);
            else
                c.art_file = std::get<fs::path>(resolved);
        }
    }
    out.diagnostics.sort();
    if (out.ok())
        out.cards = std::move(own.cards);
    return out;
}

OwnCards load_own_cards(const fs::path& file, const Deck& deck) {
    std::error_code ec;
    if (!fs::exists(file, ec))
        return {};
    bool too_large = false;
    auto text = read_file(file, 8u << 20, &too_large);
    if (!text) {
        OwnCards out;
        out.diagnostics.error({file.generic_string(), 0, 0},
                              too_large ? "the file of own cards is larger than 8 MiB"
                                        : "cannot read the file of own cards");
        return out;
    }
    return read_own_cards(*text, file.generic_string(), deck);
}

namespace {

constexpr const char* kOwnCardsHeader =
    "# Cards written at the table with Hearth, in the deck format's [[cards]]\n"
    "# syntax: later sessions of this deck draw them, and they can be copied\n"
    "# into a deck file as they are.\n";

// Holds an exclusive flock on `.NAME.lock` beside the own-cards file for as
// long as it lives, so two tables keeping a card at once take turns. (The
// file itself is replaced by a rename, so the lock lives on a file of its own.)
struct OwnCardsLock {
    int fd = -1;
    std::string error;
    explicit OwnCardsLock(const fs::path& file) {
        std::string name(1, '.');
        name.append(file.filename().string()).append(".lock");
        const fs::path lock = file.parent_path() / name;
        fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0) {
            error = "cannot open the lock " + lock.string() + ": " + std::strerror(errno);
            return;
        }
        while (::flock(fd, LOCK_EX) != 0)
            if (errno != EINTR) {
                error = "cannot lock " + lock.string() + ": " + std::strerror(errno);
                return;
            }
    }
    ~OwnCardsLock() {
        if (fd >= 0)
            ::close(fd); // releases the lock
    }
};

} // namespace

std::string write_own_cards(const std::vector<Card>& cards) {
    std::string out = kOwnCardsHeader;
    for (const Card& c : cards)
        out += card_toml(c, std::nullopt);
    return out;
}

std::string add_own_card_text(std::string_view existing, const Card& card) {
    if (existing.empty())
        return write_own_cards({card});
    std::string out(existing);
    if (out.back() != '\n')
        out += '\n';
    out += card_toml(card, std::nullopt);
    return out;
}

OwnCardKept keep_own_card(const fs::path& file, const Card& written, const Deck& deck) {
    OwnCardKept out;
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    if (ec) {
        out.error = "cannot create " + file.parent_path().string() + ": " + ec.message();
        return out;
    }
    OwnCardsLock lock(file);
    if (!lock.error.empty()) {
        out.error = lock.error;
        return out;
    }
    // Read again under the lock: what another table or a hand edit put there
    // since this table last read the file is kept, and the new id is fresh
    // against it.
    std::string existing;
    if (fs::exists(fs::symlink_status(file, ec))) {
        bool too_large = false;
        auto text = read_file(file, 8u << 20, &too_large);
        if (!text) {
            out.error = too_large ? "the file of own cards is larger than 8 MiB"
                                  : "cannot read the file of own cards";
            return out;
        }
        existing = std::move(*text);
    }
    OwnCards now = read_own_cards(existing, file.generic_string(), deck);
    if (!now.ok()) {
        out.damaged = true;
        out.error = now.diagnostics.all().empty() ? "the file of own cards is damaged"
                                                  : now.diagnostics.all().front().str();
        return out;
    }
    Card card = own_card_from(written, deck, now.cards);
    if (auto why = write_file_atomically(file, add_own_card_text(existing, card), 0600)) {
        out.error = *why;
        return out;
    }
    out.cards = std::move(now.cards);
    out.cards.push_back(std::move(card));
    return out;
}

Card own_card_from(const Card& written, const Deck& deck, const std::vector<Card>& existing) {
    Card c = written;
    c.where = {};
    c.number = 0;
    c.number_given = false;
    auto used = [&](const std::string& id) {
        if (deck.find_card(id))
            return true;
        for (const Card& e : existing)
            if (e.id == id)
                return true;
        return false;
    };
    c.id.clear();
    for (std::size_t k = existing.size() + 1; c.id.empty(); ++k)
        if (std::string id = "own-" + std::to_string(k); !used(id))
            c.id = id;
    return c;
}

std::optional<fs::path> own_cards_file(const EnvLookup& env, std::string_view deck_id) {
    if (auto data = user_data_folder(env))
        return *data / "own-cards" / (std::string(deck_id) + ".toml");
    return std::nullopt;
}

} // namespace hearth
