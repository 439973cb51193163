// A phone, for the tests and the load bench: a WebSocket client of Hearth's
// phone server on loopback (Boost.Beast, kept in phone_client.cpp).
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace hearth::test {

class PhoneClient {
public:
    // Connects to 127.0.0.1:`port` and opens /ws; `origin` is sent when not empty.
    PhoneClient(int port, std::string origin = "");
    ~PhoneClient();
    bool open() const;
    void send(const std::string& text);
    // The next text message, or nullopt after `timeout` (or when closed).
    std::optional<std::string> receive(std::chrono::milliseconds timeout = std::chrono::seconds(2));
    // Messages until one whose "type" is `type` (others are dropped).
    std::optional<std::string>
    receive_type(const std::string& type,
                 std::chrono::milliseconds timeout = std::chrono::seconds(2));
    bool closed() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

struct HttpAnswer {
    int status = 0;
    std::map<std::string, std::string> headers; // lower-case names
    std::string body;
};
// One raw HTTP/1.1 request to 127.0.0.1:`port` (`target` is sent as it is).
HttpAnswer http_get(int port, const std::string& target,
                    const std::map<std::string, std::string>& headers = {});

} // namespace hearth::test
