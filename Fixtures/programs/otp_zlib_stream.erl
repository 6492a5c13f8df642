%% zlib's streaming API: deflate and inflate in pieces with every flush mode and
%% window size, resets, parameter changes, preset dictionaries (the need_dictionary
%% protocol, exception and tuple forms), chunked inflate with safeInflate, gzip
%% members, data after the end of a stream, controlling processes and the errors
%% of misuse. Compressed bytes depend on the zlib build, so only round trips,
%% uncompressed sizes, checksums and error terms are returned.
-module(otp_zlib_stream).
-export([main/0]).

main() ->
    Text = text(3000),
    [{pieces, pieces(Text)},
     {flushes, flushes(Text)},
     {variants, variants(Text)},
     {reset, reset(Text)},
     {params, params(Text)},
     {dictionary, dictionary()},
     {raw_dictionary, raw_dictionary()},
     {safe_inflate, safe_inflate()},
     {gzip_members, gzip_members(Text)},
     {after_end, after_end(Text)},
     {iodata, iodata(Text)},
     {controller, controller(Text)},
     {errors, errors(Text)},
     {argument_errors, argument_errors()}].

text(N) ->
    iolist_to_binary([[integer_to_list(I), " bottles of ", atom_to_list(element(I rem 3 + 1, {milk, beer, water})), "; "]
                      || I <- lists:seq(1, N)]).

deflate_all(Data, Init) ->
    Z = zlib:open(),
    ok = Init(Z),
    C = zlib:deflate(Z, Data, finish),
    ok = zlib:deflateEnd(Z),
    ok = zlib:close(Z),
    iolist_to_binary(C).

inflate_all(C, WindowBits) ->
    Z = zlib:open(),
    ok = zlib:inflateInit(Z, WindowBits),
    D = zlib:inflate(Z, C),
    ok = zlib:inflateEnd(Z),
    ok = zlib:close(Z),
    iolist_to_binary(D).

%% Input in many pieces, output collected from every call.
pieces(Text) ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z),
    Parts = [binary:part(Text, S, min(997, byte_size(Text) - S)) || S <- lists:seq(0, byte_size(Text) - 1, 997)],
    Out = [zlib:deflate(Z, P) || P <- Parts],
    Last = zlib:deflate(Z, [], finish),
    ok = zlib:deflateEnd(Z),
    C = iolist_to_binary([Out, Last]),
    I = zlib:open(),
    ok = zlib:inflateInit(I),
    Back = [zlib:inflate(I, binary:part(C, S, min(100, byte_size(C) - S))) || S <- lists:seq(0, byte_size(C) - 1, 100)],
    ok = zlib:inflateEnd(I),
    ok = zlib:close(I),
    ok = zlib:close(Z),
    {length(Parts), byte_size(Text), iolist_to_binary(Back) =:= Text, byte_size(C) < byte_size(Text) div 4}.

%% sync and full flushes make everything so far decodable.
flushes(Text) ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, best_speed),
    A = iolist_to_binary(zlib:deflate(Z, binary:part(Text, 0, 5000), sync)),
    B = iolist_to_binary(zlib:deflate(Z, binary:part(Text, 5000, 5000), full)),
    R = iolist_to_binary(zlib:deflate(Z, binary:part(Text, 10000, byte_size(Text) - 10000), finish)),
    ok = zlib:deflateEnd(Z),
    ok = zlib:close(Z),
    I = zlib:open(),
    ok = zlib:inflateInit(I),
    DA = iolist_to_binary(zlib:inflate(I, A)),
    DB = iolist_to_binary(zlib:inflate(I, B)),
    DR = iolist_to_binary(zlib:inflate(I, R)),
    ok = zlib:inflateEnd(I),
    ok = zlib:close(I),
    {byte_size(DA), byte_size(DB), DA =:= binary:part(Text, 0, 5000), <<DA/binary, DB/binary, DR/binary>> =:= Text,
     binary:last(A) =:= 255, binary:part(A, byte_size(A) - 4, 4) =:= <<0, 0, 255, 255>>}.

%% Levels, strategies, memory levels and window sizes, each decoded by the matching
%% inflate window (and the auto-detecting 32+15).
variants(Text) ->
    Levels = [none, best_speed, best_compression, default, 0, 5, 9],
    Strategies = [default, filtered, huffman_only, rle],
    LevelRuns = [begin
                     C = deflate_all(Text, fun(Z) -> zlib:deflateInit(Z, L) end),
                     {L, inflate_all(C, 15) =:= Text}
                 end || L <- Levels],
    StrategyRuns = [begin
                        C = deflate_all(Text, fun(Z) -> zlib:deflateInit(Z, default, deflated, 15, 8, S) end),
                        {S, inflate_all(C, 15) =:= Text}
                    end || S <- Strategies],
    WindowRuns = [begin
                      C = deflate_all(Text, fun(Z) -> zlib:deflateInit(Z, default, deflated, W, M, default) end),
                      {W, M, inflate_all(C, W) =:= Text, inflate_all(C, inflate_window(W)) =:= Text}
                  end || {W, M} <- [{9, 1}, {12, 4}, {15, 9}, {-9, 8}, {-15, 8}, {25, 8}, {31, 3}]],
    Stored = deflate_all(Text, fun(Z) -> zlib:deflateInit(Z, none) end),
    {LevelRuns, StrategyRuns, WindowRuns, byte_size(Stored) > byte_size(Text)}.

inflate_window(W) when W > 15 -> 47;
inflate_window(W) when W > 0 -> 15;
inflate_window(_) -> -15.

%% A stream reset keeps its settings and forgets its data.
reset(Text) ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, default, deflated, -15, 8, default),
    _ = zlib:deflate(Z, <<"thrown away">>),
    ok = zlib:deflateReset(Z),
    C1 = iolist_to_binary(zlib:deflate(Z, Text, finish)),
    ok = zlib:deflateReset(Z),
    C2 = iolist_to_binary(zlib:deflate(Z, <<"second">>, finish)),
    ok = zlib:deflateEnd(Z),
    I = zlib:open(),
    ok = zlib:inflateInit(I, -15),
    D1 = iolist_to_binary(zlib:inflate(I, C1)),
    ok = zlib:inflateReset(I),
    Half = iolist_to_binary(zlib:inflate(I, binary:part(C1, 0, 50))),
    ok = zlib:inflateReset(I),
    D2 = iolist_to_binary(zlib:inflate(I, C2)),
    ok = zlib:inflateEnd(I),
    ok = zlib:close(I),
    ok = zlib:close(Z),
    {D1 =:= Text, C1 =:= zlib:zip(Text), binary:longest_common_prefix([Half, Text]) =:= byte_size(Half), D2}.

%% Changing level and strategy between pieces.
params(Text) ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, none),
    A = zlib:deflate(Z, binary:part(Text, 0, 20000)),
    ok = zlib:deflateParams(Z, best_compression, filtered),
    B = zlib:deflate(Z, binary:part(Text, 20000, 20000)),
    ok = zlib:deflateParams(Z, 1, rle),
    R = zlib:deflate(Z, binary:part(Text, 40000, byte_size(Text) - 40000), finish),
    ok = zlib:deflateEnd(Z),
    ok = zlib:close(Z),
    C = iolist_to_binary([A, B, R]),
    {zlib:uncompress(C) =:= Text, byte_size(C) < byte_size(Text)}.

%% Preset dictionaries: deflateSetDictionary answers the dictionary's Adler-32 (as
%% a signed integer up to OTP 25), inflate asks for it by that number.
dictionary() ->
    Results = [dictionary(D) || D <- [<<"bottles of milk beer water">>, binary:copy(<<255>>, 16),
                                      binary:copy(<<"0123456789">>, 5000)]],
    Results.

dictionary(Dict) ->
    Data = iolist_to_binary(lists:duplicate(40, [Dict, <<" and some more words ">>])),
    Z = zlib:open(),
    ok = zlib:deflateInit(Z),
    Adler = zlib:deflateSetDictionary(Z, Dict),
    C = iolist_to_binary(zlib:deflate(Z, Data, finish)),
    ok = zlib:deflateEnd(Z),
    ok = zlib:close(Z),
    %% The old exception form: the output so far is kept for the retry.
    I = zlib:open(),
    ok = zlib:inflateInit(I),
    Thrown = try zlib:inflate(I, C) catch error:E1 -> E1 end,
    ok = zlib:inflateSetDictionary(I, Dict),
    Out1 = iolist_to_binary(zlib:inflate(I, [])),
    Window = zlib:inflateGetDictionary(I),
    ok = zlib:inflateEnd(I),
    %% The tuple form.
    ok = zlib:inflateInit(I),
    {need_dictionary, Adler2, Before} = zlib:inflate(I, C, [{exception_on_need_dict, false}]),
    ok = zlib:inflateSetDictionary(I, Dict),
    Out2 = iolist_to_binary([Before, zlib:inflate(I, [], [{exception_on_need_dict, false}])]),
    ok = zlib:inflateEnd(I),
    %% A wrong dictionary.
    ok = zlib:inflateInit(I),
    {need_dictionary, _, _} = zlib:safeInflate(I, C),
    Wrong = try zlib:inflateSetDictionary(I, <<"nope">>) catch error:E2 -> E2 end,
    ok = zlib:close(I),
    {Adler, Adler band 16#FFFFFFFF =:= erlang:adler32(Dict), Thrown, Adler2 =:= Adler, Out1 =:= Data, Out2 =:= Data,
     byte_size(Window), binary:last(Window) =:= binary:last(Data), Wrong}.

%% Raw streams carry no dictionary id: the dictionary is set before inflating.
raw_dictionary() ->
    Dict = <<"abcdefghijklmnopqrstuvwxyz">>,
    Data = binary:copy(<<"xyzabcdefghij">>, 30),
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, default, deflated, -15, 8, default),
    Adler = zlib:deflateSetDictionary(Z, Dict),
    C = iolist_to_binary(zlib:deflate(Z, Data, finish)),
    ok = zlib:deflateEnd(Z),
    ok = zlib:inflateInit(Z, -15),
    ok = zlib:inflateSetDictionary(Z, Dict),
    D = iolist_to_binary(zlib:inflate(Z, C)),
    ok = zlib:inflateEnd(Z),
    ok = zlib:close(Z),
    {Adler, D =:= Data}.

%% safeInflate hands out bounded pieces until the queued input is used up.
safe_inflate() ->
    Big = iolist_to_binary([binary:copy(<<0>>, 300000), text(2000), binary:copy(<<"ab">>, 100000)]),
    C = zlib:compress(Big),
    Z = zlib:open(),
    ok = zlib:inflateInit(Z),
    {Steps, Out} = safe_loop(Z, zlib:safeInflate(Z, C), 1, []),
    ok = zlib:inflateEnd(Z),
    ok = zlib:close(Z),
    Sizes = [iolist_size(O) || O <- Out],
    %% Fed in small pieces, with each piece's output drained.
    Z2 = zlib:open(),
    ok = zlib:inflateInit(Z2),
    Pieces = [binary:part(C, S, min(333, byte_size(C) - S)) || S <- lists:seq(0, byte_size(C) - 1, 333)],
    Out2 = [drain(Z2, zlib:safeInflate(Z2, P)) || P <- Pieces],
    ok = zlib:inflateEnd(Z2),
    ok = zlib:close(Z2),
    {byte_size(Big), iolist_to_binary(Out) =:= Big, Steps >= byte_size(Big) div 16384, lists:max(Sizes) =< 16384,
     iolist_to_binary(Out2) =:= Big}.

safe_loop(Z, {continue, O}, N, Acc) -> safe_loop(Z, zlib:safeInflate(Z, []), N + 1, [O | Acc]);
safe_loop(_Z, {finished, O}, N, Acc) -> {N, lists:reverse([O | Acc])}.

drain(Z, {continue, O}) -> [O | drain(Z, zlib:safeInflate(Z, []))];
drain(_Z, {finished, O}) -> O.

%% gunzip reads concatenated members; inflate with window 31 stops at the first.
gzip_members(Text) ->
    G = <<(zlib:gzip(<<"first member, ">>))/binary, (zlib:gzip(Text))/binary>>,
    Z = zlib:open(),
    ok = zlib:inflateInit(Z, 31),
    One = iolist_to_binary(zlib:inflate(Z, G)),
    ok = zlib:inflateEnd(Z),
    ok = zlib:close(Z),
    Both = zlib:gunzip(G),
    {One, Both =:= <<"first member, ", Text/binary>>}.

%% Input after the end of a stream: cut (the default), reset, or an error.
after_end(Text) ->
    C = zlib:compress(<<"short">>),
    C2 = zlib:compress(Text),
    Cut = inflate_eos(cut, [C, <<"trailing junk">>]),
    Reset = inflate_eos(reset, [C, C2]),
    Error = inflate_eos(error, [C, C2]),
    {Cut, case Reset of {ok, R} -> R =:= <<"short", Text/binary>>; Other -> Other end, Error}.

inflate_eos(How, Data) ->
    Z = zlib:open(),
    ok = zlib:inflateInit(Z, 15, How),
    R = try {ok, iolist_to_binary(zlib:inflate(Z, Data))} catch error:E -> {error, E} end,
    try zlib:close(Z) catch error:_ -> ok end,
    R.

%% Any iodata goes in: deep lists, sub-binaries, more pieces than one call takes.
iodata(Text) ->
    Deep = [[binary:part(Text, 0, 10), [$x, [$y]]], <<>>, [binary:part(Text, 10, 1000)]],
    Flat = iolist_to_binary(Deep),
    Many = [<<I:8>> || I <- lists:seq(0, 255)] ++ [[$a, <<"bc">>] || _ <- lists:seq(1, 600)],
    <<_:3/binary, Sub/binary>> = Text,
    {zlib:uncompress(zlib:compress(Deep)) =:= Flat,
     zlib:unzip(zlib:zip(Many)) =:= iolist_to_binary(Many),
     zlib:gunzip(zlib:gzip(Sub)) =:= Sub,
     zlib:uncompress([zlib:compress(Flat)]) =:= Flat,
     zlib:compress(<<>>) =:= zlib:compress([]),
     zlib:uncompress(zlib:compress(<<>>)),
     zlib:unzip(zlib:zip([])),
     zlib:gunzip(zlib:gzip(<<>>))}.

%% Only the controlling process may use a stream; it can hand the stream over.
controller(Text) ->
    Z = zlib:open(),
    ok = zlib:deflateInit(Z),
    Self = self(),
    Other = fun(F) ->
                    Pid = spawn(fun() -> Self ! {self(), try F() catch error:E -> {error, E} end} end),
                    receive {Pid, R} -> R end
            end,
    Foreign = [Other(fun() -> zlib:deflate(Z, <<"x">>) end),
               Other(fun() -> zlib:close(Z) end),
               Other(fun() -> zlib:deflateEnd(Z) end),
               Other(fun() -> zlib:set_controlling_process(Z, self()) end)],
    Helper = spawn(fun() ->
                           receive {take, From} ->
                                   C = iolist_to_binary(zlib:deflate(Z, Text, finish)),
                                   ok = zlib:deflateEnd(Z),
                                   ok = zlib:set_controlling_process(Z, From),
                                   From ! {done, C}
                           end
                   end),
    ok = zlib:set_controlling_process(Z, Helper),
    Mine = try zlib:deflate(Z, <<"y">>) catch error:E -> {error, E} end,
    Helper ! {take, Self},
    C = receive {done, Bin} -> Bin end,
    Back = zlib:close(Z),
    {Foreign, Mine, zlib:uncompress(C) =:= Text, Back}.

%% Misuse of a stream, and bad data.
errors(Text) ->
    C = zlib:compress(Text),
    Try = fun(F) -> try F() catch error:E -> {error, E} end end,
    Z = zlib:open(),
    Before = [Try(fun() -> zlib:deflate(Z, <<"x">>) end),
              Try(fun() -> zlib:inflate(Z, C) end),
              Try(fun() -> zlib:deflateEnd(Z) end),
              Try(fun() -> zlib:inflateEnd(Z) end),
              Try(fun() -> zlib:deflateReset(Z) end),
              Try(fun() -> zlib:inflateReset(Z) end),
              Try(fun() -> zlib:deflateSetDictionary(Z, <<"d">>) end),
              Try(fun() -> zlib:inflateSetDictionary(Z, <<"d">>) end),
              Try(fun() -> zlib:inflateGetDictionary(Z) end),
              Try(fun() -> zlib:deflateParams(Z, default, default) end)],
    ok = zlib:deflateInit(Z),
    Twice = [Try(fun() -> zlib:deflateInit(Z) end), Try(fun() -> zlib:inflateInit(Z) end),
             Try(fun() -> zlib:inflate(Z, C) end)],
    _ = zlib:deflate(Z, Text),
    Unfinished = Try(fun() -> zlib:deflateEnd(Z) end),
    ok = zlib:inflateInit(Z),
    Garbage = Try(fun() -> zlib:inflate(Z, <<"this is not a zlib stream at all">>) end),
    ok = zlib:inflateReset(Z),
    Partial = iolist_size(zlib:inflate(Z, binary:part(C, 0, byte_size(C) div 2))),
    Truncated = Try(fun() -> zlib:inflateEnd(Z) end),
    ok = zlib:inflateInit(Z),
    BadCheck = binary:part(C, 0, byte_size(C) - 1),
    Corrupt = Try(fun() -> zlib:inflate(Z, <<BadCheck/binary, (binary:last(C) bxor 1)>>) end),
    ok = zlib:close(Z),
    Closed = [Try(fun() -> zlib:close(Z) end), Try(fun() -> zlib:deflateInit(Z) end),
              Try(fun() -> zlib:inflateInit(Z) end), Try(fun() -> zlib:inflate(Z, C) end),
              Try(fun() -> zlib:deflate(Z, C) end), Try(fun() -> zlib:safeInflate(Z, C) end),
              Try(fun() -> zlib:deflateEnd(Z) end), Try(fun() -> zlib:set_controlling_process(Z, self()) end)],
    Oneshot = [Try(fun() -> zlib:uncompress(<<1, 2, 3>>) end),
               Try(fun() -> zlib:uncompress(binary:part(C, 0, 20)) end),
               Try(fun() -> zlib:unzip(<<255, 255, 255, 255>>) end),
               Try(fun() -> zlib:gunzip(C) end),
               Try(fun() -> zlib:gunzip(binary:part(zlib:gzip(Text), 0, 30)) end),
               Try(fun() -> zlib:uncompress(atom) end),
               Try(fun() -> zlib:compress(<<1:3>>) end),
               Try(fun() -> zlib:zip([1, 2 | foo]) end)],
    Tail = zlib:uncompress(<<C/binary, "tail">>),
    {Before, Twice, Unfinished, Garbage, Partial < byte_size(Text), Truncated, Corrupt, Closed, Oneshot, Tail =:= Text}.

%% Bad options are rejected by zlib.erl before they reach zlib.
argument_errors() ->
    Try = fun(F) -> try F() catch error:E -> {error, E} end end,
    Z = zlib:open(),
    R = [Try(fun() -> zlib:deflateInit(Z, 10) end),
         Try(fun() -> zlib:deflateInit(Z, fast) end),
         Try(fun() -> zlib:deflateInit(Z, default, stored, 15, 8, default) end),
         Try(fun() -> zlib:deflateInit(Z, default, deflated, 7, 8, default) end),
         Try(fun() -> zlib:deflateInit(Z, default, deflated, 15, 10, default) end),
         Try(fun() -> zlib:deflateInit(Z, default, deflated, 15, 8, fancy) end),
         Try(fun() -> zlib:inflateInit(Z, 48) end),
         Try(fun() -> zlib:inflateInit(Z, -16) end),
         Try(fun() -> zlib:inflateInit(Z, 15, sometimes) end),
         begin ok = zlib:deflateInit(Z), Try(fun() -> zlib:deflate(Z, <<"x">>, sometimes) end) end,
         Try(fun() -> zlib:deflate(Z, <<"x">>, none) end),
         Try(fun() -> zlib:deflate(Z, [<<"x">> | bad]) end),
         Try(fun() -> zlib:deflateSetDictionary(Z, bad) end),
         Try(fun() -> zlib:set_controlling_process(Z, not_a_pid) end),
         Try(fun() -> zlib:close(make_ref()) end),
         Try(fun() -> zlib:deflateInit(make_ref()) end),
         Try(fun() -> zlib:inflate(not_a_stream, <<>>) end)],
    try zlib:close(Z) catch error:_ -> ok end,
    R.
