// The page's three tools. A tool is shown only once it has its features (`enabled`); until then
// it has its place here and in the router, and a link naming it opens the calculator and says so.
// Each tool brings a codec (its part of the state in links and storage, tools/<tool>/codec.js)
// and a mount() that loads its modules when the tool is first opened; the calculator is part of
// the first download, the others never are.
import * as calculatorCodec from '../tools/calculator/codec.js';
import * as calculator from '../tools/calculator/tool.js';
import * as customerDataCodec from '../tools/customer_data/codec.js';
import * as workbenchCodec from '../tools/workbench/codec.js';

export const TOOLS = {
  calculator: { id: 'calculator', enabled: true, codec: calculatorCodec, initial: calculatorCodec.initial,
                load: async () => calculator },
  workbench: { id: 'workbench', enabled: true, codec: workbenchCodec, initial: workbenchCodec.initial,
               load: () => import('../tools/workbench/tool.js') },
  customer_data: { id: 'customer_data', enabled: true, codec: customerDataCodec, initial: customerDataCodec.initial,
                   load: () => import('../tools/customer_data/tool.js') },
};

export const enabledTools = () => Object.values(TOOLS).filter((tool) => tool.enabled);
