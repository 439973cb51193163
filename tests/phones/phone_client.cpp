#include "tests/phones/phone_client.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

#include <algorithm>

namespace hearth::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;

struct PhoneClient::Impl {
    asio::io_context ioc;
    websocket::stream<beast::tcp_stream> ws{ioc};
    bool ok = false, gone = false;
};

PhoneClient::PhoneClient(int port, std::string origin) : impl_(std::make_unique<Impl>()) {
    beast::error_code ec;
    auto& tcp_layer = beast::get_lowest_layer(impl_->ws);
    tcp_layer.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), std::uint16_t(port)), ec);
    if (ec)
        return;
    if (!origin.empty())
        impl_->ws.set_option(websocket::stream_base::decorator(
            [origin](websocket::request_type& r) { r.set(http::field::origin, origin); }));
    impl_->ws.handshake("127.0.0.1:" + std::to_string(port), "/ws", ec);
    impl_->ok = !ec;
}

PhoneClient::~PhoneClient() {
    if (impl_->ok && !impl_->gone)
        beast::get_lowest_layer(impl_->ws).close();
}

bool PhoneClient::open() const {
    return impl_->ok;
}
bool PhoneClient::closed() const {
    return impl_->gone || !impl_->ok;
}

void PhoneClient::send(const std::string& text) {
    beast::error_code ec;
    impl_->ws.text(true);
    impl_->ws.write(asio::buffer(text), ec);
    if (ec)
        impl_->gone = true;
}

std::optional<std::string> PhoneClient::receive(std::chrono::milliseconds timeout) {
    if (closed())
        return std::nullopt;
    beast::flat_buffer buf;
    std::optional<std::string> out;
    bool done = false;
    impl_->ws.async_read(buf, [&](beast::error_code ec, std::size_t) {
        done = true;
        if (ec)
            impl_->gone = true;
        else
            out = beast::buffers_to_string(buf.data());
    });
    impl_->ioc.restart();
    impl_->ioc.run_for(timeout);
    if (!done) { // cancel the read, and let its handler run
        beast::get_lowest_layer(impl_->ws).cancel();
        impl_->ioc.restart();
        impl_->ioc.run();
        impl_->gone = true; // a cancelled read leaves the stream unusable
    }
    return out;
}

std::optional<std::string> PhoneClient::receive_type(const std::string& type,
                                                     std::chrono::milliseconds timeout) {
    auto end = std::chrono::steady_clock::now() + timeout;
    const std::string tag = "\"type\":\"" + type + "\"";
    while (std::chrono::steady_clock::now() < end) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            end - std::chrono::steady_clock::now());
        std::optional<std::string> m = receive(std::max(left, std::chrono::milliseconds(1)));
        if (!m)
            return std::nullopt;
        if (m->find(tag) != std::string::npos)
            return m;
    }
    return std::nullopt;
}

HttpAnswer http_get(int port, const std::string& target,
                    const std::map<std::string, std::string>& headers) {
    HttpAnswer a;
    asio::io_context ioc;
    tcp::socket s(ioc);
    beast::error_code ec;
    s.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), std::uint16_t(port)), ec);
    if (ec)
        return a;
    std::string req = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                      "\r\nConnection: close\r\n";
    for (const auto& [k, v] : headers)
        req += k + ": " + v + "\r\n";
    req += "\r\n";
    asio::write(s, asio::buffer(req), ec);
    beast::flat_buffer buf;
    http::response<http::string_body> res;
    http::read(s, buf, res, ec);
    if (ec && ec != http::error::end_of_stream)
        return a;
    a.status = int(res.result_int());
    for (const auto& f : res) {
        std::string name(f.name_string());
        std::transform(name.begin(), name.end(), name.begin(), ::tolower);
        a.headers[name] = std::string(f.value());
    }
    a.body = res.body();
    return a;
}

} // namespace hearth::test
