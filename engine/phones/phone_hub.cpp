#include "engine/phones/phone_hub.hpp"

#include <utility>

namespace hearth {

std::vector<PhoneAction> PhoneHub::take_actions() {
    std::lock_guard lock(mutex_);
    return std::exchange(actions_, {});
}

void PhoneHub::set_table(std::string table_json, int seat_count) {
    std::lock_guard lock(mutex_);
    room_.set_table(std::move(table_json), seat_count);
}

void PhoneHub::set_words(PhoneWords words, std::string page) {
    std::lock_guard lock(mutex_);
    room_.set_words(std::move(words));
    page_ = std::move(page);
}

std::string PhoneHub::page() const {
    std::lock_guard lock(mutex_);
    return page_;
}

std::string PhoneHub::refusal(PhoneRefusal r) const {
    std::lock_guard lock(mutex_);
    return room_.refusal(r);
}

void PhoneHub::set_locked(bool locked) {
    std::lock_guard lock(mutex_);
    room_.set_locked(locked);
    ++roster_;
}

bool PhoneHub::locked() const {
    std::lock_guard lock(mutex_);
    return room_.locked();
}

std::vector<PhoneInfo> PhoneHub::phones() const {
    std::lock_guard lock(mutex_);
    return room_.phones();
}

RoomSecrets PhoneHub::secrets() const {
    std::lock_guard lock(mutex_);
    return room_.secrets();
}

std::string PhoneHub::room_code() const {
    std::lock_guard lock(mutex_);
    return room_.code();
}

std::uint64_t PhoneHub::roster_generation() const {
    std::lock_guard lock(mutex_);
    return roster_;
}

void PhoneHub::connected(int connection) {
    std::lock_guard lock(mutex_);
    room_.connected(connection);
}

bool PhoneHub::disconnected(int connection) {
    std::lock_guard lock(mutex_);
    const bool changed = room_.disconnected(connection);
    if (changed)
        ++roster_;
    return changed;
}

PhoneRoom::Reply PhoneHub::received(int connection, std::string_view text) {
    std::lock_guard lock(mutex_);
    PhoneRoom::Reply r = room_.receive(connection, text);
    if (r.roster_changed)
        ++roster_;
    if (r.action)
        actions_.push_back(*r.action);
    return r;
}

std::optional<std::string> PhoneHub::remove(int connection) {
    std::lock_guard lock(mutex_);
    ++roster_;
    return room_.remove(connection);
}

PhoneHub::Broadcast PhoneHub::broadcast() const {
    std::lock_guard lock(mutex_);
    return {room_.state_message(), room_.joined()};
}

} // namespace hearth
