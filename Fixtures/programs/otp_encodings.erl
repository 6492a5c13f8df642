%% Encodings and checksums: base64 encode/decode (with and without padding),
%% binary:encode_hex/decode_hex, erlang:crc32/adler32, erlang:md5, and
%% uri_string parsing and percent-encoding.
-module(otp_encodings).
-export([main/0]).

main() ->
    Data = <<"The quick brown fox jumps over the lazy dog">>,
    [base64:encode(Data), base64:decode(base64:encode(Data)) =:= Data, base64:encode("a"), base64:encode(<<"ab">>),
     base64:decode("YWJj"), base64:mime_decode(<<"YW\nJj">>), base64:encode_to_string(<<255, 254>>),
     binary:encode_hex(<<1, 171, 255>>), binary:decode_hex(<<"01ABff">>),
     erlang:crc32(Data), erlang:adler32(Data), erlang:crc32(0, <<>>), binary:encode_hex(erlang:md5(Data)),
     lists:sort(maps:to_list(uri_string:parse("https://user@example.com:8080/path/to?q=1&r=two#frag"))),
     uri_string:recompose(#{scheme => "http", host => "h", path => "/a b"}),
     uri_string:dissect_query("a=1&b=%20x&c"), uri_string:compose_query([{"k", "v w"}, {"z", true}]),
     uri_string:normalize("HTTP://Example.COM/a/./b/../c")].
