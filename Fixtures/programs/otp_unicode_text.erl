%% Unicode text handling in stdlib: normalization forms (NFC/NFD/NFKC),
%% grapheme clusters with combining marks and emoji sequences, case mapping
%% of non-ASCII letters, and characters_to_binary over mixed input.
-module(otp_unicode_text).
-export([main/0]).

main() ->
    Decomposed = "e\x{301}",
    Family = [16#1F468, 16#200D, 16#1F469, 16#200D, 16#1F467],
    [unicode:characters_to_nfc_list(Decomposed), unicode:characters_to_nfd_list([16#E9]),
     unicode:characters_to_nfc_binary(<<"A", 204, 138>>), unicode:characters_to_nfkc_list([16#FB01]),
     unicode:characters_to_nfkd_binary([16#2460]),
     string:length(Family), length(Family), string:length(Decomposed),
     string:to_graphemes("ae\x{301}o"), string:uppercase("ǆemal"), string:titlecase("ǆ"),
     string:lowercase("İ"), string:uppercase(<<"ﬀ"/utf8>>), string:equal("e\x{301}", [16#E9], false, nfc),
     unicode:characters_to_binary(["a", <<"ß"/utf8>>, [16#1F600]]), unicode:bom_to_encoding(<<16#FE, 16#FF, 0>>),
     io_lib:format("~ts", [[16#1F600]]), unicode:characters_to_list(<<16#C3>>)].
