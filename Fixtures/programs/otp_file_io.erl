%% Opened files: raw and through file_io_server, binary and list modes, reads, writes,
%% lines, positions, pread/pwrite, truncation, append, errors, and io on a file.
-module(otp_file_io).
-export([main/0]).

main() ->
    Dir = filename:join("/tmp", "beamr_otp_file_io_" ++ os:getpid() ++ "_"
                        ++ integer_to_list(erlang:unique_integer([positive]))),
    ok = file:make_dir(Dir),
    try run(Dir)
    after
        {ok, Names} = file:list_dir(Dir),
        [ok = file:delete(filename:join(Dir, N)) || N <- Names],
        ok = file:del_dir(Dir)
    end.

run(Dir) ->
    F = filename:join(Dir, "data.txt"),
    ok = file:write_file(F, <<"line one\nline two\r\nline three\nlast">>),
    [{raw_binary, handle(F, [raw, read, binary])},
     {raw_list, handle(F, [raw, read])},
     {raw_read_ahead, handle(F, [raw, read, binary, read_ahead])},
     {server_binary, handle(F, [read, binary])},
     {server_list, handle(F, [read])},
     {writes, writes(Dir)},
     {modes, modes(Dir)},
     {io_on_files, io_on_files(Dir)},
     {errors, errors(Dir)},
     {copy, copy(Dir)},
     {buffered, buffered(Dir)},
     {ownership, ownership(F)}].

handle(F, Modes) ->
    {ok, D} = file:open(F, Modes),
    R1 = file:read(D, 4),
    R2 = file:read_line(D),
    R3 = file:read_line(D),
    P1 = file:position(D, cur),
    R4 = file:read_line(D),
    R5 = file:read_line(D),
    R6 = file:read_line(D),
    P2 = file:position(D, {bof, 5}),
    R7 = file:read(D, 3),
    P3 = file:position(D, {cur, -2}),
    R8 = file:read(D, 2),
    P4 = file:position(D, eof),
    R9 = file:read(D, 10),
    P5 = file:position(D, {eof, -4}),
    R10 = file:read(D, 100),
    R11 = file:pread(D, 0, 4),
    R12 = file:pread(D, [{5, 3}, {100, 2}, {0, 1}]),
    P6 = file:position(D, 0),
    R13 = file:read(D, 0),
    C1 = file:close(D),
    [R1, R2, R3, P1, R4, R5, R6, P2, R7, P3, R8, P4, R9, P5, R10, R11, R12, P6, R13, C1].

writes(Dir) ->
    F = filename:join(Dir, "w.bin"),
    {ok, D} = file:open(F, [raw, write, binary]),
    W1 = file:write(D, <<"abc">>),
    W2 = file:write(D, ["def", [$g | <<"hi">>]]),
    P1 = file:position(D, cur),
    W3 = file:pwrite(D, 1, <<"XY">>),
    P2 = file:position(D, cur),
    W4 = file:pwrite(D, [{0, <<"0">>}, {20, <<"end">>}]),
    S1 = file:sync(D),
    S2 = file:datasync(D),
    C1 = file:close(D),
    {ok, B1} = file:read_file(F),
    {ok, D2} = file:open(F, [read, write, binary]),
    {ok, _} = file:position(D2, 4),
    T1 = file:truncate(D2),
    W5 = file:write(D2, <<"+">>),
    C2 = file:close(D2),
    {ok, B2} = file:read_file(F),
    [W1, W2, P1, W3, P2, W4, S1, S2, C1, B1, T1, W5, C2, B2].

modes(Dir) ->
    F = filename:join(Dir, "m.txt"),
    Try = fun(Modes) ->
                  ok = file:write_file(F, <<"0123456789">>),
                  case file:open(F, Modes) of
                      {ok, D} ->
                          W = file:write(D, <<"ab">>),
                          ok = file:close(D),
                          {ok, B} = file:read_file(F),
                          {W, B};
                      Error -> Error
                  end
          end,
    Results = [Try(M) || M <- [[write], [append], [read, write], [read, append], [read],
                               [raw, write], [raw, append], [raw, read, write], [exclusive]]],
    ok = file:delete(F),
    Excl = [file:open(F, [exclusive, raw]), file:open(F, [exclusive, raw])],
    [case E of {ok, D} -> file:close(D); _ -> ok end || E <- Excl],
    [Results, [element(1, E) =:= ok orelse E || E <- Excl]].

io_on_files(Dir) ->
    F = filename:join(Dir, "io.txt"),
    {ok, D} = file:open(F, [write]),
    ok = io:format(D, "~p and ~s~n", [{a, 1}, "text"]),
    ok = io:put_chars(D, "second line\n"),
    ok = io:format(D, "~w.~n", [[1, 2, 3]]),
    ok = file:close(D),
    {ok, R} = file:open(F, [read]),
    L1 = io:get_line(R, ''),
    L2 = io:get_line(R, ''),
    T = io:read(R, ''),
    L3 = io:get_line(R, ''),
    L4 = io:get_line(R, ''),
    ok = file:close(R),
    {ok, U} = file:open(F, [read, {encoding, utf8}]),
    C = io:get_chars(U, '', 5),
    ok = file:close(U),
    [L1, L2, T, L3, L4, C].

errors(Dir) ->
    F = filename:join(Dir, "e.txt"),
    ok = file:write_file(F, <<"e">>),
    {ok, D} = file:open(F, [raw, read, binary]),
    W = file:write(D, <<"x">>),
    ok = file:close(D),
    Closed = [file:read(D, 1), file:close(D), file:position(D, 0)],
    {ok, S} = file:open(F, [read]),
    ok = file:close(S),
    ClosedServer = [file:read(S, 1), file:close(S)],
    [W, Closed, ClosedServer,
     file:open(filename:join(Dir, "missing"), [read]),
     file:open(filename:join(Dir, "missing"), [raw, read]),
     file:open(Dir, [write]),
     element(1, file:open(F, [bad_mode])),
     file:read_file(filename:join([Dir, "e.txt", "x"]))].

copy(Dir) ->
    Src = filename:join(Dir, "src.bin"),
    Dst = filename:join(Dir, "dst.bin"),
    Data = list_to_binary([integer_to_list(N) || N <- lists:seq(1, 3000)]),
    ok = file:write_file(Src, Data),
    C1 = file:copy(Src, Dst),
    {ok, Back} = file:read_file(Dst),
    C2 = file:copy(Src, Dst, 10),
    {ok, Part} = file:read_file(Dst),
    [C1, Back =:= Data, C2, Part].

%% delayed_write collects writes (flushed by size, by time, and on close); read_ahead reads
%% more than asked and serves later reads from what it kept.
buffered(Dir) ->
    F = filename:join(Dir, "buffered.txt"),
    {ok, D} = file:open(F, [write, raw, {delayed_write, 100, 50}]),
    [ok = file:write(D, integer_to_list(N) ++ "\n") || N <- lists:seq(1, 1000)],
    ok = file:close(D),
    {ok, B} = file:read_file(F),
    {ok, D2} = file:open(F, [write, delayed_write]),
    ok = file:write(D2, "x"),
    receive after 100 -> ok end,
    ok = file:write(D2, "y"),
    ok = file:close(D2),
    {ok, B2} = file:read_file(F),
    {ok, R} = file:open(F, [read, raw, read_ahead]),
    L = file:read_line(R),
    ok = file:close(R),
    {ok, R2} = file:open(F, [read, raw, binary, {read_ahead, 3}]),
    L2 = [file:read(R2, 1), file:read(R2, 1), file:read(R2, 5)],
    ok = file:close(R2),
    [byte_size(B), erlang:crc32(B), B2, L, L2].

ownership(F) ->
    {ok, D} = file:open(F, [raw, read, binary]),
    Self = self(),
    spawn(fun() -> Self ! {other, try file:read(D, 2) catch error:Reason -> {error, Reason} end} end),
    Other = receive {other, R} -> R end,
    Mine = file:read(D, 2),
    ok = file:close(D),
    {ok, S} = file:open(F, [read, binary]),
    spawn(fun() -> Self ! {other, file:read(S, 4)} end),
    Shared = receive {other, R2} -> R2 end,
    ok = file:close(S),
    [Other, Mine, Shared].
