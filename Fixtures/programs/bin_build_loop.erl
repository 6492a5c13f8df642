%% Growing a binary by appending in a loop (the VM's writable-binary
%% optimisation), reversing binaries, and building with mixed segment types.
-module(bin_build_loop).
-export([main/0]).

main() ->
    B1 = append_loop(id(10000), <<>>),
    B2 = prepend_loop(id(300), <<>>),
    B3 = mixed(id(50), <<>>),
    Frozen = B1,
    B4 = <<Frozen/binary, "!">>,
    [byte_size(B1), binary:part(B1, 0, 10), binary:part(B1, 9990, 10),
     byte_size(B2), binary:part(B2, 0, 8), byte_size(B3), bit_size(B3),
     byte_size(B4), byte_size(Frozen), binary:last(B4),
     reverse_bin(id(<<"stressed">>)), sum_bytes(B1, 0), erlang:phash2(B3)].

append_loop(0, Acc) -> Acc;
append_loop(N, Acc) -> append_loop(N - 1, <<Acc/binary, (N rem 256)>>).

prepend_loop(0, Acc) -> Acc;
prepend_loop(N, Acc) -> prepend_loop(N - 1, <<N:16, Acc/binary>>).

mixed(0, Acc) -> Acc;
mixed(N, Acc) -> mixed(N - 1, <<Acc/bitstring, N:7, (N * 1.5):64/float, "s">>).

reverse_bin(B) -> << <<C>> || C <- lists:reverse(binary_to_list(B)) >>.

sum_bytes(<<>>, S) -> S;
sum_bytes(<<C, R/binary>>, S) -> sum_bytes(R, S + C).

id(X) -> X.
