"""The [authentication] and [dkim] tables: defaults, and a mistake names its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailhandler.config import ConfigError, parse_config

BASE = {"helpline": {"name": "Lumi", "address": "hulp@lumi.example",
                     "privacy_address": "privacy@lumi.example", "domain": "lumi.example",
                     "secret": "test-secret-0123456789abcdef"}}


def _parse(**tables: object):  # -> Config
    return parse_config({**BASE, **tables}, "test.toml")


def test_authentication_defaults_to_verify_with_the_system_resolver_and_no_signing() -> None:
    cfg = _parse()
    assert cfg.authentication.mode == "verify"
    assert cfg.authentication.nameservers == ()
    assert cfg.dkim is None


def test_nameservers_take_an_optional_port() -> None:
    cfg = _parse(authentication={"nameservers": ["127.0.0.1:5353", "::1", "[::1]:53"]})
    assert cfg.authentication.nameservers == (("127.0.0.1", 5353), ("::1", 53), ("::1", 53))


@pytest.mark.parametrize("table,key", [
    ({"mode": "trust-everyone"}, "authentication.mode"),
    ({"mode": "trusted-mx"}, "authentication.trusted_authserv_id"),
    ({"nameservers": ["dns.example"]}, "authentication.nameservers"),
    ({"nameservers": "127.0.0.1"}, "authentication.nameservers"),
    ({"nameserver": ["127.0.0.1"]}, "authentication.nameserver"),
])
def test_a_wrong_authentication_setting_names_its_key(table: dict, key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _parse(authentication=table)
    assert caught.value.key == key


@pytest.mark.parametrize("table,key", [
    ({"selector": "mh 2026", "key_file": "/k"}, "dkim.selector"),
    ({"selector": "mh2026"}, "dkim.key_file"),
    ({"selector": "mh2026", "key_file": "/k", "algorithm": "ed25519"}, "dkim.algorithm"),
])
def test_a_wrong_dkim_setting_names_its_key(table: dict, key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _parse(dkim=table)
    assert caught.value.key == key


def test_dkim_settings_are_read() -> None:
    cfg = _parse(dkim={"selector": "MH2026", "key_file": "/etc/mailhandler/dkim.key"})
    assert cfg.dkim is not None
    assert (cfg.dkim.selector, cfg.dkim.key_file) == ("mh2026", Path("/etc/mailhandler/dkim.key"))


def test_the_example_configuration_has_both_tables() -> None:
    import tomllib

    example = Path(__file__).resolve().parent.parent / "config" / "mailhandler.example.toml"
    data = tomllib.loads(example.read_text())
    assert data["authentication"]["mode"] == "verify"
    assert set(data["dkim"]) == {"selector", "key_file"}
