-- test/e2e/neovim/harness.lua: drive the GDPR Lens language server (or any stdio LSP server) with
-- Neovim's built-in LSP client, headless, and write a JSON report of what the client saw.
--
-- Origin: copied from the generic harness /work/shared/tools/real-clients/nvim-lsp-harness.lua
-- (see its REPORT.md, section 1) and adapted for test/e2e/neovim.test.ts; the project does not
-- need /work/shared at run time. Written for Neovim 0.7.2 (Debian bookworm); uses only APIs that
-- also exist in later versions.
-- Changes from the original:
--   --action-for CODE         ask for code actions at the first diagnostic with that code
--                             (context: only the diagnostics with that code)
--   --configuration-capability  advertise workspace.configuration = true. Neovim 0.7 answers
--                             workspace/configuration but does not advertise it (0.8+ does), so
--                             without this flag servers get settings only from
--                             workspace/didChangeConfiguration (sent in on_init when --settings)
--   report.configuration_requests  the items of every workspace/configuration request
--   report.text_before        the buffer text as opened (before any edit)
--   after an edit, waits for diagnostics published for the buffer's new version
--
-- Normally run through nvim-lsp-harness.sh, which writes the arguments one per
-- line into a file and passes its path in $NVIM_LSP_HARNESS_ARGFILE.
-- Arguments (positions are LSP positions: 0-based line, 0-based UTF-16 column):
--   --file PATH              document to open (required)
--   --filetype FT            languageId / filetype (default: derived from extension)
--   --root DIR               workspace root (default: directory of --file)
--   --server-cwd DIR         working directory of the server (default: current)
--   --hover L:C              position for textDocument/hover (optional)
--   --range L:C-L:C          range for textDocument/codeAction
--                            (default: range of the first diagnostic)
--   --apply N|TEXT           code action to apply: 1-based index, or a substring
--                            of its title (default: preferred action, else the 1st)
--   --no-actions             skip the codeAction/apply steps
--   --out PATH               write JSON report here (default: stdout)
--   --text-out PATH          write buffer text after the edit here
--   --min-diagnostics N      wait until at least N diagnostics arrive (default 1)
--   --timeout-ms MS          per-step timeout (default 20000)
--   --settings JSON          workspace/configuration settings (JSON object)
--   --init-options JSON      initializationOptions (JSON object)
--   --expect-diagnostic TEXT fail unless some diagnostic message contains TEXT
--   --expect-hover TEXT      fail unless the hover text contains TEXT
--   --expect-action TEXT     fail unless some code-action title contains TEXT
--   --expect-text TEXT       fail unless the text after the edit contains TEXT
--   --action-for CODE        see above
--   --configuration-capability  see above
--   --                       everything after this is the server command
-- Exit status: 0 ok, 1 a check failed, 2 usage error, 3 server did not start.

local uv = vim.loop
if os.getenv('NVIM_LSP_HARNESS_LOG') then vim.lsp.set_log_level('debug') end
local report = { ok = true, errors = {}, logs = {} }
local opts = {
  min_diagnostics = 1, timeout_ms = 20000, cmd = {},
}

local function json_encode(v)
  return vim.json and vim.json.encode(v) or vim.fn.json_encode(v)
end
local function json_decode(s)
  return vim.json and vim.json.decode(s) or vim.fn.json_decode(s)
end

local function write_report()
  local s = json_encode(report)
  if opts.out then
    local f = assert(io.open(opts.out, 'w'))
    f:write(s, '\n')
    f:close()
  else
    io.stdout:write(s, '\n')
  end
end

local function finish(code)
  report.exit_code = code
  if code ~= 0 then report.ok = false end
  pcall(write_report)
  pcall(function() vim.lsp.stop_client(vim.lsp.get_active_clients(), true) end)
  io.stdout:flush()
  if code == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. code) end
end

local function fail(msg)
  table.insert(report.errors, msg)
  report.ok = false
end

local function die(code, msg)
  table.insert(report.errors, msg)
  io.stderr:write('nvim-lsp-harness: ' .. msg .. '\n')
  finish(code)
end

-- ---------------------------------------------------------------- arguments
local function read_args()
  local path = os.getenv('NVIM_LSP_HARNESS_ARGFILE')
  if not path then return nil end
  local args = {}
  for line in io.lines(path) do table.insert(args, line) end
  return args
end

local function parse_pos(s)
  local l, c = s:match('^(%d+):(%d+)$')
  if not l then return nil end
  return { line = tonumber(l), character = tonumber(c) }
end

local function parse_args(args)
  local i = 1
  while i <= #args do
    local a = args[i]
    local function val()
      i = i + 1
      if args[i] == nil then error('missing value for ' .. a) end
      return args[i]
    end
    if a == '--' then
      for j = i + 1, #args do table.insert(opts.cmd, args[j]) end
      break
    elseif a == '--file' then opts.file = val()
    elseif a == '--filetype' then opts.filetype = val()
    elseif a == '--root' then opts.root = val()
    elseif a == '--server-cwd' then opts.server_cwd = val()
    elseif a == '--hover' then
      opts.hover = parse_pos(val()) or error('bad --hover, want L:C')
    elseif a == '--range' then
      local s, e = val():match('^(%d+:%d+)-(%d+:%d+)$')
      if not s then error('bad --range, want L:C-L:C') end
      opts.range = { start = parse_pos(s), ['end'] = parse_pos(e) }
    elseif a == '--apply' then opts.apply = val()
    elseif a == '--no-actions' then opts.no_actions = true
    elseif a == '--out' then opts.out = val()
    elseif a == '--text-out' then opts.text_out = val()
    elseif a == '--min-diagnostics' then opts.min_diagnostics = tonumber(val())
    elseif a == '--timeout-ms' then opts.timeout_ms = tonumber(val())
    elseif a == '--settings' then opts.settings = json_decode(val())
    elseif a == '--init-options' then opts.init_options = json_decode(val())
    elseif a == '--expect-diagnostic' then opts.expect_diagnostic = val()
    elseif a == '--expect-hover' then opts.expect_hover = val()
    elseif a == '--expect-action' then opts.expect_action = val()
    elseif a == '--expect-text' then opts.expect_text = val()
    elseif a == '--action-for' then opts.action_for = val()
    elseif a == '--configuration-capability' then opts.configuration_capability = true
    else error('unknown argument ' .. a) end
    i = i + 1
  end
  if not opts.file then error('--file is required') end
  if #opts.cmd == 0 then error('server command missing (after --)') end
end

local args = read_args()
if not args then return die(2, 'NVIM_LSP_HARNESS_ARGFILE not set') end
local okp, perr = pcall(parse_args, args)
if not okp then return die(2, tostring(perr)) end

opts.file = vim.fn.fnamemodify(opts.file, ':p')
opts.root = vim.fn.fnamemodify(opts.root or vim.fn.fnamemodify(opts.file, ':h'), ':p'):gsub('/$', '')
report.file = opts.file
report.server_cmd = opts.cmd

-- ---------------------------------------------------------------- helpers
local function hover_text(result)
  if type(result) ~= 'table' then return '' end
  local lines = vim.lsp.util.convert_input_to_markdown_lines(result.contents or {})
  return table.concat(lines, '\n')
end

local function before_or_eq(p, q)
  return p.line < q.line or (p.line == q.line and p.character <= q.character)
end
local function overlaps(a, b)
  return before_or_eq(a.start, b['end']) and before_or_eq(b.start, a['end'])
end

local function contains(hay, needle)
  return hay ~= nil and string.find(hay, needle, 1, true) ~= nil
end

-- ---------------------------------------------------------------- start
local diags_by_uri = {}
local version_by_uri = {}
local publish_count = 0
report.configuration_requests = {}

local handlers = {
  ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    if result and result.uri then
      diags_by_uri[result.uri] = result.diagnostics or {}
      version_by_uri[result.uri] = result.version
      publish_count = publish_count + 1
    end
    return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
  end,
  ['window/logMessage'] = function(_, result)
    if result then table.insert(report.logs, result.message) end
  end,
  ['window/showMessage'] = function(_, result)
    if result then table.insert(report.logs, 'showMessage: ' .. tostring(result.message)) end
  end,
  ['workspace/configuration'] = function(_, result)
    table.insert(report.configuration_requests, (result and result.items) or {})
    local out = {}
    for _, item in ipairs((result and result.items) or {}) do
      local v = opts.settings or vim.NIL
      if item.section and opts.settings then
        v = opts.settings
        for part in string.gmatch(item.section, '[^.]+') do
          if type(v) == 'table' and v[part] ~= nil then v = v[part] else v = vim.NIL break end
        end
      end
      table.insert(out, v)
    end
    return out
  end,
}

local exited = nil
local capabilities = vim.lsp.protocol.make_client_capabilities()
if opts.configuration_capability then
  capabilities.workspace = capabilities.workspace or {}
  capabilities.workspace.configuration = true
end
report.configuration_capability = capabilities.workspace and capabilities.workspace.configuration == true or false
local client_id = vim.lsp.start_client({
  capabilities = capabilities,
  name = 'harness',
  cmd = opts.cmd,
  cmd_cwd = opts.server_cwd and vim.fn.fnamemodify(opts.server_cwd, ':p') or nil,
  root_dir = opts.root,
  workspace_folders = { { uri = vim.uri_from_fname(opts.root), name = vim.fn.fnamemodify(opts.root, ':t') } },
  handlers = handlers,
  settings = opts.settings or {},
  init_options = opts.init_options,
  on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  -- Neovim 0.7 core does not push settings itself (nvim-lspconfig did that)
  on_init = function(c)
    if opts.settings then
      c.notify('workspace/didChangeConfiguration', { settings = opts.settings })
    end
  end,
})
if not client_id then return die(3, 'vim.lsp.start_client failed for ' .. table.concat(opts.cmd, ' ')) end

vim.cmd('edit ' .. vim.fn.fnameescape(opts.file))
local bufnr = vim.api.nvim_get_current_buf()
if opts.filetype then vim.bo[bufnr].filetype = opts.filetype
elseif vim.bo[bufnr].filetype == '' then
  vim.bo[bufnr].filetype = vim.fn.fnamemodify(opts.file, ':e')
end
local uri = vim.uri_from_bufnr(bufnr)
report.uri = uri
report.filetype = vim.bo[bufnr].filetype
local function buffer_text()
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  if vim.bo[bufnr].eol then text = text .. '\n' end
  return text
end
report.text_before = buffer_text()
vim.lsp.buf_attach_client(bufnr, client_id)

local client
local started = vim.wait(opts.timeout_ms, function()
  client = vim.lsp.get_client_by_id(client_id)
  return (client and client.initialized) or exited ~= nil
end, 50)
if not started or exited or not client then
  return die(3, 'server did not initialize' .. (exited and (' (exited code ' .. tostring(exited.code) .. ')') or ' (timeout)'))
end
local caps = client.server_capabilities or client.resolved_capabilities or {}
report.server_info = client.server_info or vim.NIL
local enc = client.offset_encoding or 'utf-16'
report.offset_encoding = enc

-- ---------------------------------------------------------------- diagnostics
local function get_diags() return diags_by_uri[uri] end
local function enough() local d = get_diags(); return d ~= nil and #d >= opts.min_diagnostics end
local pull_capable = type(caps) == 'table' and caps.diagnosticProvider and true or false
-- pull diagnostics (LSP 3.17 textDocument/diagnostic): Neovim 0.7 neither
-- advertises nor performs them, so for servers that offer them statically we
-- send the request ourselves after a short grace period for push.
local function pull()
  local resp = vim.lsp.buf_request_sync(bufnr, 'textDocument/diagnostic',
    { textDocument = { uri = uri } }, opts.timeout_ms)
  for _, r in pairs(resp or {}) do
    if r.error then
      table.insert(report.logs, 'textDocument/diagnostic error: ' .. json_encode(r.error))
      -- advertised but not implemented (e.g. vscode-json-language-server 4.10): back to push
      if r.error.code == -32601 then pull_capable = false end
    end
    if r.result and r.result.items then
      diags_by_uri[uri] = r.result.items
      report.diagnostics_mode = 'pull'
    end
  end
end
local got = vim.wait(pull_capable and math.min(1000, opts.timeout_ms) or opts.timeout_ms, enough, 50)
if not got and pull_capable then
  local deadline = uv.now() + opts.timeout_ms
  repeat
    pull()
    got = enough() or vim.wait(pull_capable and math.min(500, opts.timeout_ms) or
      math.max(0, deadline - uv.now()), enough, 50)
  until got or uv.now() > deadline
end
report.diagnostics_mode = report.diagnostics_mode or 'push'
report.diagnostics = get_diags() or {}
if not got then
  fail(string.format('expected >= %d diagnostics, got %d', opts.min_diagnostics, #report.diagnostics))
end
if opts.expect_diagnostic then
  local found = false
  for _, d in ipairs(report.diagnostics) do
    if contains(d.message, opts.expect_diagnostic) then found = true end
  end
  if not found then fail('no diagnostic message contains ' .. opts.expect_diagnostic) end
end

-- ---------------------------------------------------------------- hover
if opts.hover then
  local params = { textDocument = { uri = uri }, position = opts.hover }
  local resp, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, opts.timeout_ms)
  local result = vim.NIL
  for _, r in pairs(resp or {}) do
    if r.error then fail('hover error: ' .. json_encode(r.error)) end
    if r.result then result = r.result end
  end
  if err then fail('hover: ' .. tostring(err)) end
  report.hover = result
  report.hover_text = hover_text(result)
  if opts.expect_hover and not contains(report.hover_text, opts.expect_hover) then
    fail('hover text does not contain ' .. opts.expect_hover)
  end
end

-- ---------------------------------------------------------------- code actions
local range = opts.range
local only_code = nil
if not range and opts.action_for then
  for _, d in ipairs(report.diagnostics) do
    if tostring(d.code) == opts.action_for then range = d.range only_code = opts.action_for break end
  end
  if not range and not opts.no_actions then fail('no diagnostic with code ' .. opts.action_for) end
end
if not range and #report.diagnostics > 0 and not opts.action_for then range = report.diagnostics[1].range end
if opts.no_actions then range = nil end
local actions = {}
if range then
  local ctx_diags = {}
  for _, d in ipairs(report.diagnostics) do
    if overlaps(d.range, range) and (only_code == nil or tostring(d.code) == only_code) then
      table.insert(ctx_diags, d)
    end
  end
  local params = { textDocument = { uri = uri }, range = range, context = { diagnostics = ctx_diags } }
  local resp, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, opts.timeout_ms)
  if err then fail('codeAction: ' .. tostring(err)) end
  for _, r in pairs(resp or {}) do
    if r.error then fail('codeAction error: ' .. json_encode(r.error)) end
    for _, a in ipairs(r.result or {}) do table.insert(actions, a) end
  end
  report.code_action_range = range
end
report.code_actions = {}
for _, a in ipairs(actions) do
  table.insert(report.code_actions, { title = a.title, kind = a.kind or vim.NIL, isPreferred = a.isPreferred or false,
    has_edit = a.edit ~= nil, command = type(a.command) == 'table' and a.command.command or a.command or vim.NIL })
end
if opts.expect_action then
  local found = false
  for _, a in ipairs(actions) do if contains(a.title, opts.expect_action) then found = true end end
  if not found then fail('no code action title contains ' .. opts.expect_action) end
end

-- ---------------------------------------------------------------- apply one
local chosen
if #actions > 0 then
  if opts.apply and tonumber(opts.apply) then chosen = actions[tonumber(opts.apply)]
  elseif opts.apply then
    for _, a in ipairs(actions) do if contains(a.title, opts.apply) then chosen = a break end end
  else
    for _, a in ipairs(actions) do if a.isPreferred then chosen = a break end end
    chosen = chosen or actions[1]
  end
  if not chosen then fail('no code action matches --apply ' .. tostring(opts.apply)) end
elseif range then
  fail('no code actions returned')
end

if chosen then
  report.applied = chosen.title
  local before_tick = vim.api.nvim_buf_get_changedtick(bufnr)
  local before_publish = publish_count
  if not chosen.edit and not chosen.command and type(caps.codeActionProvider) == 'table'
      and caps.codeActionProvider.resolveProvider then
    local resp = vim.lsp.buf_request_sync(bufnr, 'codeAction/resolve', chosen, opts.timeout_ms)
    for _, r in pairs(resp or {}) do if r.result then chosen = r.result end end
  end
  if chosen.edit then
    vim.lsp.util.apply_workspace_edit(chosen.edit, enc)
  end
  local cmd = chosen.command
  if type(cmd) == 'string' then cmd = chosen end -- a bare Command
  if type(cmd) == 'table' and cmd.command then
    -- the server answers with workspace/applyEdit, applied by Neovim's default handler
    local resp = vim.lsp.buf_request_sync(bufnr, 'workspace/executeCommand',
      { command = cmd.command, arguments = cmd.arguments }, opts.timeout_ms)
    for _, r in pairs(resp or {}) do
      if r.error then fail('executeCommand error: ' .. json_encode(r.error)) end
    end
  end
  local changed = vim.wait(opts.timeout_ms, function()
    return vim.api.nvim_buf_get_changedtick(bufnr) ~= before_tick
  end, 50)
  if not changed then fail('applying "' .. chosen.title .. '" did not change the buffer') end
  -- let the server re-publish diagnostics for the edited text: wait for the buffer's new version
  -- (Neovim sends changedtick-based versions; a publish without version counts if it is a new one)
  if report.diagnostics_mode == 'pull' then pull()
  else
    local new_version = vim.lsp.util.buf_versions[bufnr]
    local fresh = vim.wait(opts.timeout_ms, function()
      if publish_count <= before_publish then return false end
      local v = version_by_uri[uri]
      return v == nil or v == vim.NIL or v == new_version
    end, 50)
    if not fresh then fail('no diagnostics published for the edited buffer (version ' .. tostring(new_version) .. ')') end
    report.version_after = new_version
  end
  report.diagnostics_after = get_diags() or {}
end

local text = buffer_text()
report.text_after = text
if opts.text_out then
  local f = assert(io.open(opts.text_out, 'w'))
  f:write(text)
  f:close()
end
if opts.expect_text and not contains(text, opts.expect_text) then
  fail('text after edit does not contain ' .. opts.expect_text)
end

finish(report.ok and 0 or 1)
