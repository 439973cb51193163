// The phones' server: HTTP for the page, a WebSocket for state and actions,
// on a thread of its own (started only with --phones). Its insides are
// Boost.Beast and Asio, kept in phone_server.cpp so that nothing else
// compiles them. The table's thread takes the actions phones sent
// (take_actions), applies them as its own commands and publishes the state
// back: the session itself never leaves that thread. docs/phones.md.
#pragma once

#include "engine/phones/phone_room.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hearth {

struct PhoneServerOptions {
    std::string address;                // empty: the default route's address
    int port = 8420;                    // 0: any free port
    std::optional<RoomSecrets> secrets; // a resumed session's room
    std::function<void()> wake; // called on the server's thread when actions or phones changed
    std::size_t max_connections = 64;
    int messages_per_second = 20; // per connection; a burst of twice that is let through
    int idle_seconds = 60;        // a WebSocket silent (no pong) this long is closed
};

class PhoneServer {
public:
    // Listens and starts the thread; null with `error` said when it cannot.
    static std::unique_ptr<PhoneServer> start(PhoneServerOptions options, std::string& error);
    virtual ~PhoneServer() = default;

    // "http://192.168.1.20:8420/?room=KMTR": what the QR code holds.
    virtual std::string url() const = 0;
    virtual int port() const = 0;
    // The machine's other local addresses (IPv4, not loopback), for the join screen.
    virtual std::vector<std::string> other_addresses() const = 0;

    // For the table's thread.
    virtual std::vector<PhoneAction> take_actions() = 0;
    virtual void reply(int connection, std::string text) = 0;
    // The table's state for the phones (phone_state.hpp), pushed to every one.
    virtual void publish(std::string table_json, int seat_count) = 0;
    virtual void remove(int connection) = 0;
    virtual void set_locked(bool locked) = 0;
    // The phone's words in the table's language (phone_words()): the page's,
    // the refusals', and the page "/" serves, written in them.
    virtual void set_words(PhoneWords words) = 0;
    virtual bool locked() const = 0;
    virtual std::vector<PhoneInfo> phones() const = 0;
    virtual RoomSecrets secrets() const = 0;
    virtual std::string room_code() const = 0;
    // Counts changes of phones() (a join, a seat, a drop): a panel redraws on it.
    virtual std::uint64_t roster_generation() const = 0;
};

// The page a phone's browser loads ("/", "/phone.js", "/phone.css"); null
// for any other path (phone_page.cpp, generated from engine/phones/page/).
struct PhoneAsset {
    const char* type; // Content-Type
    std::string_view body;
};
const PhoneAsset* phone_asset(std::string_view path);
// The request target's path if it may be served: no "..", no "%", no
// backslash, nothing but the assets; else nullopt (404 or 400).
std::optional<std::string_view> servable_path(std::string_view target);

} // namespace hearth
