%% Binaries longer than 64 bytes (reference-counted in the VM), sub-binaries
%% taken with binary_part/split_binary/matching, and equality of slices.
-module(bin_large).
-export([main/0]).

main() ->
    Big = list_to_binary(seq(0, 255)),
    Big2 = <<Big/binary, Big/binary, Big/binary, Big/binary>>,
    <<Head:100/binary, Mid:56/binary, Tail/binary>> = Big,
    {L, R} = split_binary(Big2, 300),
    Sub = binary_part(Big2, 1000, 24),
    Sub2 = binary_part(Big2, {1024, -24}),
    [byte_size(Big), byte_size(Big2), Head, Mid, byte_size(Tail), binary:last(Tail),
     byte_size(L), byte_size(R), binary:first(R), Sub, Sub2, Sub =:= Sub2,
     binary:part(Big, 250, 6), Big2 =:= <<L/binary, R/binary>>,
     checksum(Big2, 0), erlang:phash2(Big2), erlang:md5(Big2),
     binary_to_list(binary_part(Big, 65, 5)),
     try binary_part(Big, 250, 10) catch error:E1 -> E1 end,
     try split_binary(Big, 300) catch error:E2 -> E2 end].

checksum(<<>>, S) -> S;
checksum(<<B, Rest/binary>>, S) -> checksum(Rest, (S * 31 + B) band 16#FFFFFFF).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].
