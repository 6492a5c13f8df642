%% The string module on plain and unicode strings and binaries: split,
%% lexemes, trim, pad, find, replace, slice, uppercase/lowercase, length in
%% grapheme clusters, to_integer/to_float, equal, prefix, reverse, casefold,
%% titlecase, take, chomp and next_grapheme.
-module(otp_string_basic).
-export([main/0]).

main() ->
    S = "  Hello, World! Hello!  ",
    B = <<"key=value=more">>,
    [string:trim(S), string:trim(S, leading), string:trim("xxhixx", both, "x"),
     string:split(B, "="), string:split(B, "=", all), string:split("a,b,,c", ",", trailing),
     string:lexemes("a  b,c ,d", " ,"), string:find(S, "Hello"), string:find(S, "Hello", trailing),
     string:find(S, "absent"), string:replace(S, "Hello", "Bye", all), string:slice("abcdef", 2, 3),
     string:uppercase("straße"), string:lowercase(<<"ÀÉÎ"/utf8>>), string:casefold("ẞig"),
     string:length("e\x{301}a"), string:length(<<"añ"/utf8>>), string:pad("7", 3, leading, $0),
     string:pad("ab", 5, both), string:to_integer("42abc"), string:to_integer("x"),
     string:to_float("2.5e3rest"), string:equal("abc", <<"abc">>), string:prefix("prefix-rest", "prefix-"),
     string:prefix("abc", "x"), string:reverse("abc"), string:is_empty(""), string:is_empty(<<" ">>),
     string:take("  abc", " "), string:chomp("line\r\n"), string:next_grapheme("e\x{301}x"),
     string:titlecase("hello")].
