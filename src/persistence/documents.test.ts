import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_STEPS,
  DocumentVersionError,
  migrateDocument,
  newDocument,
  type DocumentStep,
} from './documents';

const NOW = new Date('2024-05-02T17:30:00Z');

const savedView = () =>
  newDocument(
    'savedView',
    { name: 'Fridhemsplan', url: '?scope=ods:1' },
    { author: 'Anna', now: NOW, id: 'savedView:1' },
  );

describe('document schema versions', () => {
  it('fills in the common fields of a new document', () => {
    expect(savedView()).toEqual({
      _id: 'savedView:1',
      type: 'savedView',
      schemaVersion: 1,
      createdAt: '2024-05-02T17:30:00.000Z',
      updatedAt: '2024-05-02T17:30:00.000Z',
      author: 'Anna',
      name: 'Fridhemsplan',
      url: '?scope=ods:1',
    });
  });

  it('leaves a document at the current version as it is', () => {
    expect(migrateDocument(savedView())).toEqual(savedView());
  });

  it('applies each step from the stored version up, in order', () => {
    const renameUrl: DocumentStep = ({ url, ...rest }) => ({ ...rest, link: url });
    const addZoom: DocumentStep = (doc) => ({ ...doc, zoom: String(doc.link).length });
    const steps = { ...DOCUMENT_STEPS, savedView: [renameUrl, addZoom] };
    expect(migrateDocument(savedView(), steps)).toMatchObject({
      schemaVersion: 3,
      link: '?scope=ods:1',
      zoom: 12,
      name: 'Fridhemsplan',
    });
    expect(migrateDocument(savedView(), steps)).not.toHaveProperty('url');
  });

  it('refuses, in Swedish, a document written by a newer version', () => {
    const newer = { ...savedView(), schemaVersion: 2 };
    expect(() => migrateDocument(newer)).toThrow(DocumentVersionError);
    expect(() => migrateDocument(newer)).toThrow(
      /savedView:1 är skapat av en nyare version av Lägeskartan.*uppdatera appen/,
    );
  });

  it('refuses a document of an unknown type', () => {
    expect(() => migrateDocument({ ...savedView(), type: 'meeting' })).toThrow(/okänd typ/);
  });
});
